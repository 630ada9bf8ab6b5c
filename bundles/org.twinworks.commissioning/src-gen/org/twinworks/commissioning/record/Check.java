/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.Check#getId <em>Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getTitle <em>Title</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getArea <em>Area</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getState <em>State</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getReason <em>Reason</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#isObsolete <em>Obsolete</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getObsoleteReason <em>Obsolete Reason</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getSubjectFingerprint <em>Subject Fingerprint</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getStarted <em>Started</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getComments <em>Comments</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getPunchItems <em>Punch Items</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Check#getAssignee <em>Assignee</em>}</li>
 * </ul>
 *
 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck()
 * @model
 * @generated
 */
public interface Check extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived from the kind and the subject's UUID (e.g. io-<uuid>), so re-planning finds the same check again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.commissioning.record.CheckKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.commissioning.record.CheckKind
	 * @see #setKind(CheckKind)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Kind()
	 * @model
	 * @generated
	 */
	CheckKind getKind();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.commissioning.record.CheckKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CheckKind value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UUID of the plant element checked: a signal, control loop, alarm limit or interlock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Area()
	 * @model
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tag of the equipment the check belongs to: checks of different equipment may run in parallel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment</em>' attribute.
	 * @see #setEquipment(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Equipment()
	 * @model
	 * @generated
	 */
	String getEquipment();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getEquipment <em>Equipment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equipment</em>' attribute.
	 * @see #getEquipment()
	 * @generated
	 */
	void setEquipment(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.commissioning.record.CheckState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.twinworks.commissioning.record.CheckState
	 * @see #setState(CheckState)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_State()
	 * @model
	 * @generated
	 */
	CheckState getState();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.twinworks.commissioning.record.CheckState
	 * @see #getState()
	 * @generated
	 */
	void setState(CheckState value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Obsolete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Obsolete</em>' attribute.
	 * @see #setObsolete(boolean)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Obsolete()
	 * @model
	 * @generated
	 */
	boolean isObsolete();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#isObsolete <em>Obsolete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Obsolete</em>' attribute.
	 * @see #isObsolete()
	 * @generated
	 */
	void setObsolete(boolean value);

	/**
	 * Returns the value of the '<em><b>Obsolete Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Obsolete Reason</em>' attribute.
	 * @see #setObsoleteReason(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_ObsoleteReason()
	 * @model
	 * @generated
	 */
	String getObsoleteReason();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getObsoleteReason <em>Obsolete Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Obsolete Reason</em>' attribute.
	 * @see #getObsoleteReason()
	 * @generated
	 */
	void setObsoleteReason(String value);

	/**
	 * Returns the value of the '<em><b>Subject Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What of the subject the check was generated from (tag, range, limits, binding...): a change of it makes the check obsolete.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Fingerprint</em>' attribute.
	 * @see #setSubjectFingerprint(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_SubjectFingerprint()
	 * @model
	 * @generated
	 */
	String getSubjectFingerprint();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getSubjectFingerprint <em>Subject Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Fingerprint</em>' attribute.
	 * @see #getSubjectFingerprint()
	 * @generated
	 */
	void setSubjectFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pass tolerance as a fraction of span (0.01 = ±1 %); unset uses the campaign's default for the kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(Double)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Tolerance()
	 * @model
	 * @generated
	 */
	Double getTolerance();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(Double value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Started()
	 * @model
	 * @generated
	 */
	String getStarted();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(String value);

	/**
	 * Returns the value of the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished</em>' attribute.
	 * @see #setFinished(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Finished()
	 * @model
	 * @generated
	 */
	String getFinished();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getFinished <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished</em>' attribute.
	 * @see #getFinished()
	 * @generated
	 */
	void setFinished(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Comment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comment> getComments();

	/**
	 * Returns the value of the '<em><b>Punch Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.PunchItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Punch Items</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_PunchItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<PunchItem> getPunchItems();

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is to perform the check (a user or signer name); unset when nobody is assigned. Planning information, not evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assignee</em>' attribute.
	 * @see #setAssignee(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCheck_Assignee()
	 * @model
	 * @generated
	 */
	String getAssignee();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Check#getAssignee <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' attribute.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(String value);

} // Check
