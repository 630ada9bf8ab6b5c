/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.twinworks.commissioning.record.Attachment;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.CommissioningPackage;
import org.twinworks.commissioning.record.PunchItem;
import org.twinworks.commissioning.record.Step;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getState <em>State</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#isObsolete <em>Obsolete</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getObsoleteReason <em>Obsolete Reason</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getSubjectFingerprint <em>Subject Fingerprint</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getComments <em>Comments</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getPunchItems <em>Punch Items</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CheckImpl#getAssignee <em>Assignee</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CheckImpl extends MinimalEObjectImpl.Container implements Check {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CheckKind KIND_EDEFAULT = CheckKind.IO;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CheckKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected static final String TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected String tag = TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final String AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected String area = AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getEquipment() <em>Equipment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected static final String EQUIPMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEquipment() <em>Equipment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected String equipment = EQUIPMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final CheckState STATE_EDEFAULT = CheckState.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected CheckState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #isObsolete() <em>Obsolete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObsolete()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OBSOLETE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isObsolete() <em>Obsolete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObsolete()
	 * @generated
	 * @ordered
	 */
	protected boolean obsolete = OBSOLETE_EDEFAULT;

	/**
	 * The default value of the '{@link #getObsoleteReason() <em>Obsolete Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObsoleteReason()
	 * @generated
	 * @ordered
	 */
	protected static final String OBSOLETE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObsoleteReason() <em>Obsolete Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObsoleteReason()
	 * @generated
	 * @ordered
	 */
	protected String obsoleteReason = OBSOLETE_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectFingerprint() <em>Subject Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectFingerprint() <em>Subject Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String subjectFingerprint = SUBJECT_FINGERPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final Double TOLERANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected Double tolerance = TOLERANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final String STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected String started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected static final String FINISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected String finished = FINISHED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<Comment> comments;

	/**
	 * The cached value of the '{@link #getPunchItems() <em>Punch Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPunchItems()
	 * @generated
	 * @ordered
	 */
	protected EList<PunchItem> punchItems;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> attachments;

	/**
	 * The default value of the '{@link #getAssignee() <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignee() <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected String assignee = ASSIGNEE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommissioningPackage.Literals.CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CheckKind newKind) {
		CheckKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(String newTag) {
		String oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(String newArea) {
		String oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEquipment() {
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEquipment(String newEquipment) {
		String oldEquipment = equipment;
		equipment = newEquipment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__EQUIPMENT, oldEquipment, equipment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(CheckState newState) {
		CheckState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isObsolete() {
		return obsolete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObsolete(boolean newObsolete) {
		boolean oldObsolete = obsolete;
		obsolete = newObsolete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__OBSOLETE, oldObsolete, obsolete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObsoleteReason() {
		return obsoleteReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObsoleteReason(String newObsoleteReason) {
		String oldObsoleteReason = obsoleteReason;
		obsoleteReason = newObsoleteReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__OBSOLETE_REASON, oldObsoleteReason, obsoleteReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectFingerprint() {
		return subjectFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectFingerprint(String newSubjectFingerprint) {
		String oldSubjectFingerprint = subjectFingerprint;
		subjectFingerprint = newSubjectFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__SUBJECT_FINGERPRINT, oldSubjectFingerprint, subjectFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTolerance() {
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(Double newTolerance) {
		Double oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(String newStarted) {
		String oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFinished() {
		return finished;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinished(String newFinished) {
		String oldFinished = finished;
		finished = newFinished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__FINISHED, oldFinished, finished));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, CommissioningPackage.CHECK__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Comment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList<Comment>(Comment.class, this, CommissioningPackage.CHECK__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PunchItem> getPunchItems() {
		if (punchItems == null) {
			punchItems = new EObjectContainmentEList<PunchItem>(PunchItem.class, this, CommissioningPackage.CHECK__PUNCH_ITEMS);
		}
		return punchItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, CommissioningPackage.CHECK__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssignee() {
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(String newAssignee) {
		String oldAssignee = assignee;
		assignee = newAssignee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CHECK__ASSIGNEE, oldAssignee, assignee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CommissioningPackage.CHECK__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case CommissioningPackage.CHECK__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
			case CommissioningPackage.CHECK__PUNCH_ITEMS:
				return ((InternalEList<?>)getPunchItems()).basicRemove(otherEnd, msgs);
			case CommissioningPackage.CHECK__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommissioningPackage.CHECK__ID:
				return getId();
			case CommissioningPackage.CHECK__KIND:
				return getKind();
			case CommissioningPackage.CHECK__SUBJECT:
				return getSubject();
			case CommissioningPackage.CHECK__TAG:
				return getTag();
			case CommissioningPackage.CHECK__TITLE:
				return getTitle();
			case CommissioningPackage.CHECK__AREA:
				return getArea();
			case CommissioningPackage.CHECK__EQUIPMENT:
				return getEquipment();
			case CommissioningPackage.CHECK__STATE:
				return getState();
			case CommissioningPackage.CHECK__REASON:
				return getReason();
			case CommissioningPackage.CHECK__OBSOLETE:
				return isObsolete();
			case CommissioningPackage.CHECK__OBSOLETE_REASON:
				return getObsoleteReason();
			case CommissioningPackage.CHECK__SUBJECT_FINGERPRINT:
				return getSubjectFingerprint();
			case CommissioningPackage.CHECK__TOLERANCE:
				return getTolerance();
			case CommissioningPackage.CHECK__STARTED:
				return getStarted();
			case CommissioningPackage.CHECK__FINISHED:
				return getFinished();
			case CommissioningPackage.CHECK__STEPS:
				return getSteps();
			case CommissioningPackage.CHECK__COMMENTS:
				return getComments();
			case CommissioningPackage.CHECK__PUNCH_ITEMS:
				return getPunchItems();
			case CommissioningPackage.CHECK__ATTACHMENTS:
				return getAttachments();
			case CommissioningPackage.CHECK__ASSIGNEE:
				return getAssignee();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CommissioningPackage.CHECK__ID:
				setId((String)newValue);
				return;
			case CommissioningPackage.CHECK__KIND:
				setKind((CheckKind)newValue);
				return;
			case CommissioningPackage.CHECK__SUBJECT:
				setSubject((String)newValue);
				return;
			case CommissioningPackage.CHECK__TAG:
				setTag((String)newValue);
				return;
			case CommissioningPackage.CHECK__TITLE:
				setTitle((String)newValue);
				return;
			case CommissioningPackage.CHECK__AREA:
				setArea((String)newValue);
				return;
			case CommissioningPackage.CHECK__EQUIPMENT:
				setEquipment((String)newValue);
				return;
			case CommissioningPackage.CHECK__STATE:
				setState((CheckState)newValue);
				return;
			case CommissioningPackage.CHECK__REASON:
				setReason((String)newValue);
				return;
			case CommissioningPackage.CHECK__OBSOLETE:
				setObsolete((Boolean)newValue);
				return;
			case CommissioningPackage.CHECK__OBSOLETE_REASON:
				setObsoleteReason((String)newValue);
				return;
			case CommissioningPackage.CHECK__SUBJECT_FINGERPRINT:
				setSubjectFingerprint((String)newValue);
				return;
			case CommissioningPackage.CHECK__TOLERANCE:
				setTolerance((Double)newValue);
				return;
			case CommissioningPackage.CHECK__STARTED:
				setStarted((String)newValue);
				return;
			case CommissioningPackage.CHECK__FINISHED:
				setFinished((String)newValue);
				return;
			case CommissioningPackage.CHECK__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case CommissioningPackage.CHECK__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends Comment>)newValue);
				return;
			case CommissioningPackage.CHECK__PUNCH_ITEMS:
				getPunchItems().clear();
				getPunchItems().addAll((Collection<? extends PunchItem>)newValue);
				return;
			case CommissioningPackage.CHECK__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends Attachment>)newValue);
				return;
			case CommissioningPackage.CHECK__ASSIGNEE:
				setAssignee((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CommissioningPackage.CHECK__ID:
				setId(ID_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__EQUIPMENT:
				setEquipment(EQUIPMENT_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__STATE:
				setState(STATE_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__OBSOLETE:
				setObsolete(OBSOLETE_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__OBSOLETE_REASON:
				setObsoleteReason(OBSOLETE_REASON_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__SUBJECT_FINGERPRINT:
				setSubjectFingerprint(SUBJECT_FINGERPRINT_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__FINISHED:
				setFinished(FINISHED_EDEFAULT);
				return;
			case CommissioningPackage.CHECK__STEPS:
				getSteps().clear();
				return;
			case CommissioningPackage.CHECK__COMMENTS:
				getComments().clear();
				return;
			case CommissioningPackage.CHECK__PUNCH_ITEMS:
				getPunchItems().clear();
				return;
			case CommissioningPackage.CHECK__ATTACHMENTS:
				getAttachments().clear();
				return;
			case CommissioningPackage.CHECK__ASSIGNEE:
				setAssignee(ASSIGNEE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CommissioningPackage.CHECK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CommissioningPackage.CHECK__KIND:
				return kind != KIND_EDEFAULT;
			case CommissioningPackage.CHECK__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case CommissioningPackage.CHECK__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case CommissioningPackage.CHECK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CommissioningPackage.CHECK__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case CommissioningPackage.CHECK__EQUIPMENT:
				return EQUIPMENT_EDEFAULT == null ? equipment != null : !EQUIPMENT_EDEFAULT.equals(equipment);
			case CommissioningPackage.CHECK__STATE:
				return state != STATE_EDEFAULT;
			case CommissioningPackage.CHECK__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CommissioningPackage.CHECK__OBSOLETE:
				return obsolete != OBSOLETE_EDEFAULT;
			case CommissioningPackage.CHECK__OBSOLETE_REASON:
				return OBSOLETE_REASON_EDEFAULT == null ? obsoleteReason != null : !OBSOLETE_REASON_EDEFAULT.equals(obsoleteReason);
			case CommissioningPackage.CHECK__SUBJECT_FINGERPRINT:
				return SUBJECT_FINGERPRINT_EDEFAULT == null ? subjectFingerprint != null : !SUBJECT_FINGERPRINT_EDEFAULT.equals(subjectFingerprint);
			case CommissioningPackage.CHECK__TOLERANCE:
				return TOLERANCE_EDEFAULT == null ? tolerance != null : !TOLERANCE_EDEFAULT.equals(tolerance);
			case CommissioningPackage.CHECK__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case CommissioningPackage.CHECK__FINISHED:
				return FINISHED_EDEFAULT == null ? finished != null : !FINISHED_EDEFAULT.equals(finished);
			case CommissioningPackage.CHECK__STEPS:
				return steps != null && !steps.isEmpty();
			case CommissioningPackage.CHECK__COMMENTS:
				return comments != null && !comments.isEmpty();
			case CommissioningPackage.CHECK__PUNCH_ITEMS:
				return punchItems != null && !punchItems.isEmpty();
			case CommissioningPackage.CHECK__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
			case CommissioningPackage.CHECK__ASSIGNEE:
				return ASSIGNEE_EDEFAULT == null ? assignee != null : !ASSIGNEE_EDEFAULT.equals(assignee);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", subject: "); //$NON-NLS-1$
		result.append(subject);
		result.append(", tag: "); //$NON-NLS-1$
		result.append(tag);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", area: "); //$NON-NLS-1$
		result.append(area);
		result.append(", equipment: "); //$NON-NLS-1$
		result.append(equipment);
		result.append(", state: "); //$NON-NLS-1$
		result.append(state);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", obsolete: "); //$NON-NLS-1$
		result.append(obsolete);
		result.append(", obsoleteReason: "); //$NON-NLS-1$
		result.append(obsoleteReason);
		result.append(", subjectFingerprint: "); //$NON-NLS-1$
		result.append(subjectFingerprint);
		result.append(", tolerance: "); //$NON-NLS-1$
		result.append(tolerance);
		result.append(", started: "); //$NON-NLS-1$
		result.append(started);
		result.append(", finished: "); //$NON-NLS-1$
		result.append(finished);
		result.append(", assignee: "); //$NON-NLS-1$
		result.append(assignee);
		result.append(')');
		return result.toString();
	}

} //CheckImpl
