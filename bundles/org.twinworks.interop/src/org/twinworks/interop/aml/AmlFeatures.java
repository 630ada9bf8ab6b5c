// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.TwinPackage;

/**
 * The plain attributes of the control and twin elements (loops, interlocks, alarm limits, endpoints, bindings) as
 * CAEX Attributes: one a feature, named after it with a capital ({@code controllerType} → {@code ControllerType}),
 * its value in EMF's literal form (enumerations by literal, numbers as Java prints them). Export and import share
 * the lists, so what one writes the other reads.
 */
public final class AmlFeatures {
	private static final TwinPackage P = TwinPackage.eINSTANCE;

	public static final List<EAttribute> CONTROL_LOOP = List.of(P.getControlLoop_Tag(),
			P.getControlLoop_ControllerType(), P.getControlLoop_Action());
	public static final List<EAttribute> INTERLOCK = List.of(P.getInterlock_Tag(), P.getInterlock_Combination(),
			P.getInterlock_TripAction());
	public static final List<EAttribute> INTERLOCK_CONDITION = List.of(P.getInterlockCondition_Operator(),
			P.getInterlockCondition_Threshold());
	/** Of an alarm limit; its kind is the CAEX attribute's name and its value the attribute's value. */
	public static final List<EAttribute> ALARM_LIMIT = List.of(P.getAlarmLimit_Priority(),
			P.getAlarmLimit_Hysteresis());
	public static final List<EAttribute> ENDPOINT = List.of(P.getEndpoint_Url(), P.getEndpoint_SecurityPolicy(),
			P.getEndpoint_SecurityMode(), P.getEndpoint_Authentication(), P.getEndpoint_Username(),
			P.getEndpoint_LabMode());
	public static final List<EAttribute> BINDING = List.of(P.getBinding_NodeId(), P.getBinding_SamplingInterval(),
			P.getBinding_QueueSize(), P.getBinding_DeadbandKind(), P.getBinding_DeadbandValue(), P.getBinding_Active());

	private AmlFeatures() {
	}

	/** The CAEX attribute name of a feature: its name with a capital. */
	public static String attributeName(EAttribute feature) {
		String name = feature.getName();
		return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}

	/** The feature of {@code features} a CAEX attribute name stands for, or null. */
	public static @Nullable EAttribute feature(List<EAttribute> features, String attributeName) {
		for (EAttribute feature : features) {
			if (attributeName(feature).equals(attributeName)) {
				return feature;
			}
		}
		return null;
	}

	public static String xsType(EAttribute feature) {
		EDataType type = feature.getEAttributeType();
		if (type instanceof EEnum) {
			return "xs:string";
		}
		Class<?> java = type.getInstanceClass();
		if (java == double.class || java == Double.class) {
			return "xs:double";
		}
		if (java == int.class || java == Integer.class) {
			return "xs:int";
		}
		if (java == boolean.class || java == Boolean.class) {
			return "xs:boolean";
		}
		return "xs:string";
	}

	public static String text(EAttribute feature, Object value) {
		return EcoreUtil.convertToString(feature.getEAttributeType(), value);
	}

	/** The value of a feature from its text; throws IllegalArgumentException naming what it expected. */
	public static Object parse(EAttribute feature, String text) {
		EDataType type = feature.getEAttributeType();
		try {
			Object value = EcoreUtil.createFromString(type, text.strip());
			if (value == null) {
				throw new IllegalArgumentException("empty");
			}
			return value;
		} catch (RuntimeException wrong) {
			String expected = type instanceof EEnum literals
					? "one of " + literals.getELiterals().stream().map(l -> l.getLiteral()).toList()
					: xsType(feature).substring(3);
			throw new IllegalArgumentException(
					"\"" + text + "\" is not a valid " + attributeName(feature) + " (expected " + expected + ")",
					wrong);
		}
	}

	/** The class a role of our role class library stands for (ControlLoop, Interlock, Endpoint), or null. */
	public static @Nullable EClass controlRole(String rolePath) {
		return switch (AmlVocabulary.lastSegment(rolePath)) {
		case "ControlLoop" -> P.getControlLoop();
		case "Interlock" -> P.getInterlock();
		case "Endpoint" -> P.getEndpoint();
		default -> null;
		};
	}
}
