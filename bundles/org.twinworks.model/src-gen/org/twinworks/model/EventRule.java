/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A condition over an equipment's signals that opens an event frame once it has held for a duration, and closes it when its end condition becomes true (or, without one, when the condition turns false). Expressions: comparisons (LEVEL > 90), ranges (TEMP in [10, 20]), rate(SIG) in units per second, quality(SIG) == bad|uncertain|good, boolean signals as they are (RUN), and, or, not and parentheses; a signal is named by the part of its tag after the equipment's tag or by its full plant tag.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.EventRule#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.EventRule#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.twinworks.model.EventRule#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.twinworks.model.EventRule#getEndCondition <em>End Condition</em>}</li>
 *   <li>{@link org.twinworks.model.EventRule#getForDuration <em>For Duration</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getEventRule()
 * @model
 * @generated
 */
public interface EventRule extends Named {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short identifier for the rule, e.g. HIGH-LEVEL; the name is used when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.twinworks.model.TwinPackage#getEventRule_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EventRule#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"Medium"</code>.
	 * The literals are from the enumeration {@link org.twinworks.model.EventSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.twinworks.model.EventSeverity
	 * @see #setSeverity(EventSeverity)
	 * @see org.twinworks.model.TwinPackage#getEventRule_Severity()
	 * @model default="Medium"
	 * @generated
	 */
	EventSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EventRule#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.twinworks.model.EventSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(EventSeverity value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the event is on, e.g. LEVEL > 90 and not quality(LEVEL) == bad.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.twinworks.model.TwinPackage#getEventRule_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EventRule#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>End Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: the frame closes when this becomes true; when empty it closes as soon as the condition turns false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Condition</em>' attribute.
	 * @see #setEndCondition(String)
	 * @see org.twinworks.model.TwinPackage#getEventRule_EndCondition()
	 * @model
	 * @generated
	 */
	String getEndCondition();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EventRule#getEndCondition <em>End Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Condition</em>' attribute.
	 * @see #getEndCondition()
	 * @generated
	 */
	void setEndCondition(String value);

	/**
	 * Returns the value of the '<em><b>For Duration</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Milliseconds the condition must hold before the frame opens (the frame starts then).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>For Duration</em>' attribute.
	 * @see #setForDuration(long)
	 * @see org.twinworks.model.TwinPackage#getEventRule_ForDuration()
	 * @model default="0"
	 * @generated
	 */
	long getForDuration();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EventRule#getForDuration <em>For Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>For Duration</em>' attribute.
	 * @see #getForDuration()
	 * @generated
	 */
	void setForDuration(long value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition is set, both expressions parse and name only signals of the equipment (or of the type's templates, or full plant tags), and the duration is not negative.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validExpressions(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No other rule of the same equipment or type has the same tag (the name when the tag is empty), nor, on an equipment, a rule of its type: the tag is the frames' source, so two such rules could not be told apart.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueTag(DiagnosticChain diagnostics, Map<Object, Object> context);

} // EventRule
