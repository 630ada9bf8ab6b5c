/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Equipment Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a piece of equipment is; diagrams pick its symbol from this.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getEquipmentKind()
 * @model
 * @generated
 */
public enum EquipmentKind implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "Other"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PUMP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUMP_VALUE
	 * @generated
	 * @ordered
	 */
	PUMP(1, "PUMP", "Pump"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VALVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALVE_VALUE
	 * @generated
	 * @ordered
	 */
	VALVE(2, "VALVE", "Valve"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTROL VALVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_VALVE_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL_VALVE(3, "CONTROL_VALVE", "ControlValve"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TANK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANK_VALUE
	 * @generated
	 * @ordered
	 */
	TANK(4, "TANK", "Tank"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HEAT EXCHANGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_EXCHANGER_VALUE
	 * @generated
	 * @ordered
	 */
	HEAT_EXCHANGER(5, "HEAT_EXCHANGER", "HeatExchanger"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MOTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOTOR_VALUE
	 * @generated
	 * @ordered
	 */
	MOTOR(6, "MOTOR", "Motor"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAN_VALUE
	 * @generated
	 * @ordered
	 */
	FAN(7, "FAN", "Fan"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPRESSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPRESSOR_VALUE
	 * @generated
	 * @ordered
	 */
	COMPRESSOR(8, "COMPRESSOR", "Compressor"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FILTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILTER_VALUE
	 * @generated
	 * @ordered
	 */
	FILTER(9, "FILTER", "Filter"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONVEYOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVEYOR_VALUE
	 * @generated
	 * @ordered
	 */
	CONVEYOR(10, "CONVEYOR", "Conveyor"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MIXER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXER_VALUE
	 * @generated
	 * @ordered
	 */
	MIXER(11, "MIXER", "Mixer"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INSTRUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	INSTRUMENT(12, "INSTRUMENT", "Instrument"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANALYZER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYZER_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYZER(13, "ANALYZER", "Analyzer"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTROLLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLER_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROLLER(14, "CONTROLLER", "Controller"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="Other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>PUMP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUMP
	 * @model literal="Pump"
	 * @generated
	 * @ordered
	 */
	public static final int PUMP_VALUE = 1;

	/**
	 * The '<em><b>VALVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALVE
	 * @model literal="Valve"
	 * @generated
	 * @ordered
	 */
	public static final int VALVE_VALUE = 2;

	/**
	 * The '<em><b>CONTROL VALVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_VALVE
	 * @model literal="ControlValve"
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_VALVE_VALUE = 3;

	/**
	 * The '<em><b>TANK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANK
	 * @model literal="Tank"
	 * @generated
	 * @ordered
	 */
	public static final int TANK_VALUE = 4;

	/**
	 * The '<em><b>HEAT EXCHANGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_EXCHANGER
	 * @model literal="HeatExchanger"
	 * @generated
	 * @ordered
	 */
	public static final int HEAT_EXCHANGER_VALUE = 5;

	/**
	 * The '<em><b>MOTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOTOR
	 * @model literal="Motor"
	 * @generated
	 * @ordered
	 */
	public static final int MOTOR_VALUE = 6;

	/**
	 * The '<em><b>FAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAN
	 * @model literal="Fan"
	 * @generated
	 * @ordered
	 */
	public static final int FAN_VALUE = 7;

	/**
	 * The '<em><b>COMPRESSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPRESSOR
	 * @model literal="Compressor"
	 * @generated
	 * @ordered
	 */
	public static final int COMPRESSOR_VALUE = 8;

	/**
	 * The '<em><b>FILTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILTER
	 * @model literal="Filter"
	 * @generated
	 * @ordered
	 */
	public static final int FILTER_VALUE = 9;

	/**
	 * The '<em><b>CONVEYOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVEYOR
	 * @model literal="Conveyor"
	 * @generated
	 * @ordered
	 */
	public static final int CONVEYOR_VALUE = 10;

	/**
	 * The '<em><b>MIXER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXER
	 * @model literal="Mixer"
	 * @generated
	 * @ordered
	 */
	public static final int MIXER_VALUE = 11;

	/**
	 * The '<em><b>INSTRUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUMENT
	 * @model literal="Instrument"
	 * @generated
	 * @ordered
	 */
	public static final int INSTRUMENT_VALUE = 12;

	/**
	 * The '<em><b>ANALYZER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYZER
	 * @model literal="Analyzer"
	 * @generated
	 * @ordered
	 */
	public static final int ANALYZER_VALUE = 13;

	/**
	 * The '<em><b>CONTROLLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLER
	 * @model literal="Controller"
	 * @generated
	 * @ordered
	 */
	public static final int CONTROLLER_VALUE = 14;

	/**
	 * An array of all the '<em><b>Equipment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EquipmentKind[] VALUES_ARRAY =
		new EquipmentKind[] {
			OTHER,
			PUMP,
			VALVE,
			CONTROL_VALVE,
			TANK,
			HEAT_EXCHANGER,
			MOTOR,
			FAN,
			COMPRESSOR,
			FILTER,
			CONVEYOR,
			MIXER,
			INSTRUMENT,
			ANALYZER,
			CONTROLLER,
		};

	/**
	 * A public read-only list of all the '<em><b>Equipment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EquipmentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Equipment Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EquipmentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EquipmentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case PUMP_VALUE: return PUMP;
			case VALVE_VALUE: return VALVE;
			case CONTROL_VALVE_VALUE: return CONTROL_VALVE;
			case TANK_VALUE: return TANK;
			case HEAT_EXCHANGER_VALUE: return HEAT_EXCHANGER;
			case MOTOR_VALUE: return MOTOR;
			case FAN_VALUE: return FAN;
			case COMPRESSOR_VALUE: return COMPRESSOR;
			case FILTER_VALUE: return FILTER;
			case CONVEYOR_VALUE: return CONVEYOR;
			case MIXER_VALUE: return MIXER;
			case INSTRUMENT_VALUE: return INSTRUMENT;
			case ANALYZER_VALUE: return ANALYZER;
			case CONTROLLER_VALUE: return CONTROLLER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EquipmentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EquipmentKind
