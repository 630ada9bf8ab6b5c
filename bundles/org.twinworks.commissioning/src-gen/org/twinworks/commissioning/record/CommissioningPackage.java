/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The commissioning record of a plant (.twincx): a campaign of checks generated from the model, the evidence captured for them, punch items and signatures. Plant elements are referred to by UUID, so the record survives edits of the plant and tells when its subjects changed.
 * <!-- end-model-doc -->
 * @see org.twinworks.commissioning.record.CommissioningFactory
 * @model kind="package"
 * @generated
 */
public interface CommissioningPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "record"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://twinworks.org/commissioning/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cx"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CommissioningPackage eINSTANCE = org.twinworks.commissioning.record.impl.CommissioningPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.CampaignImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Plant File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PLANT_FILE = 2;

	/**
	 * The feature id for the '<em><b>Plant Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PLANT_NAME = 3;

	/**
	 * The feature id for the '<em><b>Plant Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PLANT_HASH = 4;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SCOPE = 5;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__KINDS = 6;

	/**
	 * The feature id for the '<em><b>Engineers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ENGINEERS = 7;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STARTED = 8;

	/**
	 * The feature id for the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ENDED = 9;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STATE = 10;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__REVISION = 11;

	/**
	 * The feature id for the '<em><b>Two Person Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__TWO_PERSON_RULE = 12;

	/**
	 * The feature id for the '<em><b>Chain Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CHAIN_COUNT = 13;

	/**
	 * The feature id for the '<em><b>Chain Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CHAIN_HEAD = 14;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__REVISIONS = 15;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SESSIONS = 16;

	/**
	 * The feature id for the '<em><b>Checks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CHECKS = 17;

	/**
	 * The feature id for the '<em><b>Signatures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SIGNATURES = 18;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.RevisionImpl <em>Revision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.RevisionImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getRevision()
	 * @generated
	 */
	int REVISION = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__CREATED = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Chain Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__CHAIN_HEAD = 4;

	/**
	 * The number of structural features of the '<em>Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.SessionImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = 0;

	/**
	 * The feature id for the '<em><b>Endpoint Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ENDPOINT_URL = 1;

	/**
	 * The feature id for the '<em><b>Security Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SECURITY_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Security Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SECURITY_MODE = 3;

	/**
	 * The feature id for the '<em><b>Server Thumbprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SERVER_THUMBPRINT = 4;

	/**
	 * The feature id for the '<em><b>Server Application Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SERVER_APPLICATION_URI = 5;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__USER = 6;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__HOST = 7;

	/**
	 * The feature id for the '<em><b>Twinworks Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TWINWORKS_VERSION = 8;

	/**
	 * The feature id for the '<em><b>Recording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__RECORDING = 9;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__STARTED = 10;

	/**
	 * The feature id for the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ENDED = 11;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.CheckImpl <em>Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.CheckImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCheck()
	 * @generated
	 */
	int CHECK = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__TAG = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__TITLE = 4;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__AREA = 5;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__EQUIPMENT = 6;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__STATE = 7;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__REASON = 8;

	/**
	 * The feature id for the '<em><b>Obsolete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__OBSOLETE = 9;

	/**
	 * The feature id for the '<em><b>Obsolete Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__OBSOLETE_REASON = 10;

	/**
	 * The feature id for the '<em><b>Subject Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__SUBJECT_FINGERPRINT = 11;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__TOLERANCE = 12;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__STARTED = 13;

	/**
	 * The feature id for the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__FINISHED = 14;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__STEPS = 15;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__COMMENTS = 16;

	/**
	 * The feature id for the '<em><b>Punch Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__PUNCH_ITEMS = 17;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__ATTACHMENTS = 18;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__ASSIGNEE = 19;

	/**
	 * The number of structural features of the '<em>Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_FEATURE_COUNT = 20;

	/**
	 * The number of operations of the '<em>Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.StepImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ACTION = 1;

	/**
	 * The feature id for the '<em><b>Manual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__MANUAL = 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PHASE = 3;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__EXPECTED = 4;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TOLERANCE = 5;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__UNIT = 6;

	/**
	 * The feature id for the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__OBSERVED = 7;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__VERDICT = 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NOTE = 9;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__EVIDENCE = 10;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.ObservationImpl <em>Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.ObservationImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 5;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__SIGNAL = 1;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__TAG = 2;

	/**
	 * The feature id for the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__NODE_ID = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__VALUE = 4;

	/**
	 * The feature id for the '<em><b>Status Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__STATUS_CODE = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Source Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__SOURCE_TIME = 7;

	/**
	 * The feature id for the '<em><b>Server Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__SERVER_TIME = 8;

	/**
	 * The feature id for the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__CAPTURED_AT = 9;

	/**
	 * The feature id for the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__SESSION = 10;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__USER = 11;

	/**
	 * The feature id for the '<em><b>Recording From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__RECORDING_FROM = 12;

	/**
	 * The feature id for the '<em><b>Recording To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__RECORDING_TO = 13;

	/**
	 * The feature id for the '<em><b>Chain Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__CHAIN_INDEX = 14;

	/**
	 * The number of structural features of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.CommentImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__AUTHOR = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TIME = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.PunchItemImpl <em>Punch Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.PunchItemImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getPunchItem()
	 * @generated
	 */
	int PUNCH_ITEM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM__DUE = 3;

	/**
	 * The feature id for the '<em><b>Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM__OPEN = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM__CREATED = 5;

	/**
	 * The number of structural features of the '<em>Punch Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Punch Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNCH_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.AttachmentImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 8;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FILE = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Chain Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CHAIN_INDEX = 2;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.impl.SignatureImpl <em>Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.impl.SignatureImpl
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getSignature()
	 * @generated
	 */
	int SIGNATURE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__MEANING = 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__TIME = 2;

	/**
	 * The feature id for the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__CHECK = 3;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__REVISION = 4;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__CONTENT_HASH = 5;

	/**
	 * The feature id for the '<em><b>Chain Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__CHAIN_INDEX = 6;

	/**
	 * The number of structural features of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.CheckKind <em>Check Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.CheckKind
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCheckKind()
	 * @generated
	 */
	int CHECK_KIND = 10;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.CheckState <em>Check State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.CheckState
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCheckState()
	 * @generated
	 */
	int CHECK_STATE = 11;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.CampaignState <em>Campaign State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.CampaignState
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCampaignState()
	 * @generated
	 */
	int CAMPAIGN_STATE = 12;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.Verdict
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 13;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.Phase <em>Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.Phase
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 14;

	/**
	 * The meta object id for the '{@link org.twinworks.commissioning.record.SignatureMeaning <em>Signature Meaning</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.commissioning.record.SignatureMeaning
	 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getSignatureMeaning()
	 * @generated
	 */
	int SIGNATURE_MEANING = 15;


	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.twinworks.commissioning.record.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getId()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getPlantFile <em>Plant File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plant File</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getPlantFile()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_PlantFile();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getPlantName <em>Plant Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plant Name</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getPlantName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_PlantName();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getPlantHash <em>Plant Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plant Hash</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getPlantHash()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_PlantHash();

	/**
	 * Returns the meta object for the attribute list '{@link org.twinworks.commissioning.record.Campaign#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scope</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getScope()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Scope();

	/**
	 * Returns the meta object for the attribute list '{@link org.twinworks.commissioning.record.Campaign#getKinds <em>Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kinds</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getKinds()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Kinds();

	/**
	 * Returns the meta object for the attribute list '{@link org.twinworks.commissioning.record.Campaign#getEngineers <em>Engineers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Engineers</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getEngineers()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Engineers();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getStarted()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getEnded <em>Ended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getEnded()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Ended();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getState()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_State();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getRevision()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#isTwoPersonRule <em>Two Person Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Two Person Rule</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#isTwoPersonRule()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_TwoPersonRule();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getChainCount <em>Chain Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Count</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getChainCount()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ChainCount();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Campaign#getChainHead <em>Chain Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Head</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getChainHead()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ChainHead();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Campaign#getRevisions <em>Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revisions</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getRevisions()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Revisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Campaign#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getSessions()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Sessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Campaign#getChecks <em>Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checks</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getChecks()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Checks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Campaign#getSignatures <em>Signatures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signatures</em>'.
	 * @see org.twinworks.commissioning.record.Campaign#getSignatures()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Signatures();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Revision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Revision</em>'.
	 * @see org.twinworks.commissioning.record.Revision
	 * @generated
	 */
	EClass getRevision();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Revision#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.twinworks.commissioning.record.Revision#getNumber()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Revision#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.twinworks.commissioning.record.Revision#getCreated()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Revision#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.twinworks.commissioning.record.Revision#getAuthor()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Revision#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.twinworks.commissioning.record.Revision#getReason()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Revision#getChainHead <em>Chain Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Head</em>'.
	 * @see org.twinworks.commissioning.record.Revision#getChainHead()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_ChainHead();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.twinworks.commissioning.record.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.twinworks.commissioning.record.Session#getId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getEndpointUrl <em>Endpoint Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint Url</em>'.
	 * @see org.twinworks.commissioning.record.Session#getEndpointUrl()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_EndpointUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getSecurityPolicy <em>Security Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Policy</em>'.
	 * @see org.twinworks.commissioning.record.Session#getSecurityPolicy()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_SecurityPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getSecurityMode <em>Security Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Mode</em>'.
	 * @see org.twinworks.commissioning.record.Session#getSecurityMode()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_SecurityMode();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getServerThumbprint <em>Server Thumbprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server Thumbprint</em>'.
	 * @see org.twinworks.commissioning.record.Session#getServerThumbprint()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ServerThumbprint();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getServerApplicationUri <em>Server Application Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server Application Uri</em>'.
	 * @see org.twinworks.commissioning.record.Session#getServerApplicationUri()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ServerApplicationUri();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.twinworks.commissioning.record.Session#getUser()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_User();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.twinworks.commissioning.record.Session#getHost()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getTwinworksVersion <em>Twinworks Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Twinworks Version</em>'.
	 * @see org.twinworks.commissioning.record.Session#getTwinworksVersion()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_TwinworksVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getRecording <em>Recording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recording</em>'.
	 * @see org.twinworks.commissioning.record.Session#getRecording()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Recording();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.twinworks.commissioning.record.Session#getStarted()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Session#getEnded <em>Ended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended</em>'.
	 * @see org.twinworks.commissioning.record.Session#getEnded()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Ended();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Check <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Check</em>'.
	 * @see org.twinworks.commissioning.record.Check
	 * @generated
	 */
	EClass getCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.twinworks.commissioning.record.Check#getId()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.twinworks.commissioning.record.Check#getKind()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.twinworks.commissioning.record.Check#getSubject()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.commissioning.record.Check#getTag()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.twinworks.commissioning.record.Check#getTitle()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.twinworks.commissioning.record.Check#getArea()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Equipment</em>'.
	 * @see org.twinworks.commissioning.record.Check#getEquipment()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Equipment();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.twinworks.commissioning.record.Check#getState()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_State();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.twinworks.commissioning.record.Check#getReason()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#isObsolete <em>Obsolete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Obsolete</em>'.
	 * @see org.twinworks.commissioning.record.Check#isObsolete()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Obsolete();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getObsoleteReason <em>Obsolete Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Obsolete Reason</em>'.
	 * @see org.twinworks.commissioning.record.Check#getObsoleteReason()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_ObsoleteReason();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getSubjectFingerprint <em>Subject Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Fingerprint</em>'.
	 * @see org.twinworks.commissioning.record.Check#getSubjectFingerprint()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_SubjectFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.twinworks.commissioning.record.Check#getTolerance()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Tolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.twinworks.commissioning.record.Check#getStarted()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getFinished <em>Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished</em>'.
	 * @see org.twinworks.commissioning.record.Check#getFinished()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Finished();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Check#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.twinworks.commissioning.record.Check#getSteps()
	 * @see #getCheck()
	 * @generated
	 */
	EReference getCheck_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Check#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.twinworks.commissioning.record.Check#getComments()
	 * @see #getCheck()
	 * @generated
	 */
	EReference getCheck_Comments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Check#getPunchItems <em>Punch Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Punch Items</em>'.
	 * @see org.twinworks.commissioning.record.Check#getPunchItems()
	 * @see #getCheck()
	 * @generated
	 */
	EReference getCheck_PunchItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Check#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.twinworks.commissioning.record.Check#getAttachments()
	 * @see #getCheck()
	 * @generated
	 */
	EReference getCheck_Attachments();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Check#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee</em>'.
	 * @see org.twinworks.commissioning.record.Check#getAssignee()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Assignee();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.twinworks.commissioning.record.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.twinworks.commissioning.record.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.twinworks.commissioning.record.Step#getAction()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#isManual <em>Manual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manual</em>'.
	 * @see org.twinworks.commissioning.record.Step#isManual()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Manual();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.twinworks.commissioning.record.Step#getPhase()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.twinworks.commissioning.record.Step#getExpected()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.twinworks.commissioning.record.Step#getTolerance()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Tolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.twinworks.commissioning.record.Step#getUnit()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getObserved <em>Observed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed</em>'.
	 * @see org.twinworks.commissioning.record.Step#getObserved()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Observed();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.twinworks.commissioning.record.Step#getVerdict()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Step#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.twinworks.commissioning.record.Step#getNote()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.commissioning.record.Step#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.twinworks.commissioning.record.Step#getEvidence()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Evidence();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observation</em>'.
	 * @see org.twinworks.commissioning.record.Observation
	 * @generated
	 */
	EClass getObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getRole()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getSignal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signal</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getSignal()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Signal();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getTag()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getNodeId <em>Node Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Id</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getNodeId()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_NodeId();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getValue()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getStatusCode <em>Status Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Code</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getStatusCode()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_StatusCode();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getStatus()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getSourceTime <em>Source Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Time</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getSourceTime()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_SourceTime();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getServerTime <em>Server Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server Time</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getServerTime()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_ServerTime();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getCapturedAt <em>Captured At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Captured At</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getCapturedAt()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_CapturedAt();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.commissioning.record.Observation#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Session</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getSession()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Session();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getUser()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_User();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getRecordingFrom <em>Recording From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recording From</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getRecordingFrom()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_RecordingFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getRecordingTo <em>Recording To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recording To</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getRecordingTo()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_RecordingTo();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Observation#getChainIndex <em>Chain Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Index</em>'.
	 * @see org.twinworks.commissioning.record.Observation#getChainIndex()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_ChainIndex();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.twinworks.commissioning.record.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Comment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.twinworks.commissioning.record.Comment#getAuthor()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Comment#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.twinworks.commissioning.record.Comment#getTime()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Comment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.twinworks.commissioning.record.Comment#getText()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Text();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.PunchItem <em>Punch Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Punch Item</em>'.
	 * @see org.twinworks.commissioning.record.PunchItem
	 * @generated
	 */
	EClass getPunchItem();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.PunchItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.twinworks.commissioning.record.PunchItem#getId()
	 * @see #getPunchItem()
	 * @generated
	 */
	EAttribute getPunchItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.PunchItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.twinworks.commissioning.record.PunchItem#getText()
	 * @see #getPunchItem()
	 * @generated
	 */
	EAttribute getPunchItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.PunchItem#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.twinworks.commissioning.record.PunchItem#getOwner()
	 * @see #getPunchItem()
	 * @generated
	 */
	EAttribute getPunchItem_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.PunchItem#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.twinworks.commissioning.record.PunchItem#getDue()
	 * @see #getPunchItem()
	 * @generated
	 */
	EAttribute getPunchItem_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.PunchItem#isOpen <em>Open</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open</em>'.
	 * @see org.twinworks.commissioning.record.PunchItem#isOpen()
	 * @see #getPunchItem()
	 * @generated
	 */
	EAttribute getPunchItem_Open();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.PunchItem#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.twinworks.commissioning.record.PunchItem#getCreated()
	 * @see #getPunchItem()
	 * @generated
	 */
	EAttribute getPunchItem_Created();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.twinworks.commissioning.record.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Attachment#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.twinworks.commissioning.record.Attachment#getFile()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_File();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Attachment#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.twinworks.commissioning.record.Attachment#getSha256()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Attachment#getChainIndex <em>Chain Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Index</em>'.
	 * @see org.twinworks.commissioning.record.Attachment#getChainIndex()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_ChainIndex();

	/**
	 * Returns the meta object for class '{@link org.twinworks.commissioning.record.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature</em>'.
	 * @see org.twinworks.commissioning.record.Signature
	 * @generated
	 */
	EClass getSignature();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Signature#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.twinworks.commissioning.record.Signature#getName()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Signature#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.twinworks.commissioning.record.Signature#getMeaning()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Meaning();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Signature#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.twinworks.commissioning.record.Signature#getTime()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Signature#getCheck <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check</em>'.
	 * @see org.twinworks.commissioning.record.Signature#getCheck()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Check();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Signature#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.twinworks.commissioning.record.Signature#getRevision()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Signature#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.twinworks.commissioning.record.Signature#getContentHash()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.commissioning.record.Signature#getChainIndex <em>Chain Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Index</em>'.
	 * @see org.twinworks.commissioning.record.Signature#getChainIndex()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_ChainIndex();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.commissioning.record.CheckKind <em>Check Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check Kind</em>'.
	 * @see org.twinworks.commissioning.record.CheckKind
	 * @generated
	 */
	EEnum getCheckKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.commissioning.record.CheckState <em>Check State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check State</em>'.
	 * @see org.twinworks.commissioning.record.CheckState
	 * @generated
	 */
	EEnum getCheckState();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.commissioning.record.CampaignState <em>Campaign State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Campaign State</em>'.
	 * @see org.twinworks.commissioning.record.CampaignState
	 * @generated
	 */
	EEnum getCampaignState();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.commissioning.record.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.twinworks.commissioning.record.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.commissioning.record.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase</em>'.
	 * @see org.twinworks.commissioning.record.Phase
	 * @generated
	 */
	EEnum getPhase();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.commissioning.record.SignatureMeaning <em>Signature Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signature Meaning</em>'.
	 * @see org.twinworks.commissioning.record.SignatureMeaning
	 * @generated
	 */
	EEnum getSignatureMeaning();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CommissioningFactory getCommissioningFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.CampaignImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ID = eINSTANCE.getCampaign_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME = eINSTANCE.getCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Plant File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PLANT_FILE = eINSTANCE.getCampaign_PlantFile();

		/**
		 * The meta object literal for the '<em><b>Plant Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PLANT_NAME = eINSTANCE.getCampaign_PlantName();

		/**
		 * The meta object literal for the '<em><b>Plant Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PLANT_HASH = eINSTANCE.getCampaign_PlantHash();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__SCOPE = eINSTANCE.getCampaign_Scope();

		/**
		 * The meta object literal for the '<em><b>Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__KINDS = eINSTANCE.getCampaign_Kinds();

		/**
		 * The meta object literal for the '<em><b>Engineers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ENGINEERS = eINSTANCE.getCampaign_Engineers();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__STARTED = eINSTANCE.getCampaign_Started();

		/**
		 * The meta object literal for the '<em><b>Ended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ENDED = eINSTANCE.getCampaign_Ended();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__STATE = eINSTANCE.getCampaign_State();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__REVISION = eINSTANCE.getCampaign_Revision();

		/**
		 * The meta object literal for the '<em><b>Two Person Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__TWO_PERSON_RULE = eINSTANCE.getCampaign_TwoPersonRule();

		/**
		 * The meta object literal for the '<em><b>Chain Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__CHAIN_COUNT = eINSTANCE.getCampaign_ChainCount();

		/**
		 * The meta object literal for the '<em><b>Chain Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__CHAIN_HEAD = eINSTANCE.getCampaign_ChainHead();

		/**
		 * The meta object literal for the '<em><b>Revisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__REVISIONS = eINSTANCE.getCampaign_Revisions();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__SESSIONS = eINSTANCE.getCampaign_Sessions();

		/**
		 * The meta object literal for the '<em><b>Checks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__CHECKS = eINSTANCE.getCampaign_Checks();

		/**
		 * The meta object literal for the '<em><b>Signatures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__SIGNATURES = eINSTANCE.getCampaign_Signatures();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.RevisionImpl <em>Revision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.RevisionImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getRevision()
		 * @generated
		 */
		EClass REVISION = eINSTANCE.getRevision();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__NUMBER = eINSTANCE.getRevision_Number();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__CREATED = eINSTANCE.getRevision_Created();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__AUTHOR = eINSTANCE.getRevision_Author();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__REASON = eINSTANCE.getRevision_Reason();

		/**
		 * The meta object literal for the '<em><b>Chain Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__CHAIN_HEAD = eINSTANCE.getRevision_ChainHead();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.SessionImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ID = eINSTANCE.getSession_Id();

		/**
		 * The meta object literal for the '<em><b>Endpoint Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ENDPOINT_URL = eINSTANCE.getSession_EndpointUrl();

		/**
		 * The meta object literal for the '<em><b>Security Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SECURITY_POLICY = eINSTANCE.getSession_SecurityPolicy();

		/**
		 * The meta object literal for the '<em><b>Security Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SECURITY_MODE = eINSTANCE.getSession_SecurityMode();

		/**
		 * The meta object literal for the '<em><b>Server Thumbprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SERVER_THUMBPRINT = eINSTANCE.getSession_ServerThumbprint();

		/**
		 * The meta object literal for the '<em><b>Server Application Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SERVER_APPLICATION_URI = eINSTANCE.getSession_ServerApplicationUri();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__USER = eINSTANCE.getSession_User();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__HOST = eINSTANCE.getSession_Host();

		/**
		 * The meta object literal for the '<em><b>Twinworks Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__TWINWORKS_VERSION = eINSTANCE.getSession_TwinworksVersion();

		/**
		 * The meta object literal for the '<em><b>Recording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__RECORDING = eINSTANCE.getSession_Recording();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__STARTED = eINSTANCE.getSession_Started();

		/**
		 * The meta object literal for the '<em><b>Ended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ENDED = eINSTANCE.getSession_Ended();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.CheckImpl <em>Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.CheckImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCheck()
		 * @generated
		 */
		EClass CHECK = eINSTANCE.getCheck();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__ID = eINSTANCE.getCheck_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__KIND = eINSTANCE.getCheck_Kind();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__SUBJECT = eINSTANCE.getCheck_Subject();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__TAG = eINSTANCE.getCheck_Tag();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__TITLE = eINSTANCE.getCheck_Title();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__AREA = eINSTANCE.getCheck_Area();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__EQUIPMENT = eINSTANCE.getCheck_Equipment();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__STATE = eINSTANCE.getCheck_State();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__REASON = eINSTANCE.getCheck_Reason();

		/**
		 * The meta object literal for the '<em><b>Obsolete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__OBSOLETE = eINSTANCE.getCheck_Obsolete();

		/**
		 * The meta object literal for the '<em><b>Obsolete Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__OBSOLETE_REASON = eINSTANCE.getCheck_ObsoleteReason();

		/**
		 * The meta object literal for the '<em><b>Subject Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__SUBJECT_FINGERPRINT = eINSTANCE.getCheck_SubjectFingerprint();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__TOLERANCE = eINSTANCE.getCheck_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__STARTED = eINSTANCE.getCheck_Started();

		/**
		 * The meta object literal for the '<em><b>Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__FINISHED = eINSTANCE.getCheck_Finished();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECK__STEPS = eINSTANCE.getCheck_Steps();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECK__COMMENTS = eINSTANCE.getCheck_Comments();

		/**
		 * The meta object literal for the '<em><b>Punch Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECK__PUNCH_ITEMS = eINSTANCE.getCheck_PunchItems();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECK__ATTACHMENTS = eINSTANCE.getCheck_Attachments();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__ASSIGNEE = eINSTANCE.getCheck_Assignee();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.StepImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ACTION = eINSTANCE.getStep_Action();

		/**
		 * The meta object literal for the '<em><b>Manual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__MANUAL = eINSTANCE.getStep_Manual();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__PHASE = eINSTANCE.getStep_Phase();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__EXPECTED = eINSTANCE.getStep_Expected();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TOLERANCE = eINSTANCE.getStep_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__UNIT = eINSTANCE.getStep_Unit();

		/**
		 * The meta object literal for the '<em><b>Observed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__OBSERVED = eINSTANCE.getStep_Observed();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__VERDICT = eINSTANCE.getStep_Verdict();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NOTE = eINSTANCE.getStep_Note();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__EVIDENCE = eINSTANCE.getStep_Evidence();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.ObservationImpl <em>Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.ObservationImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getObservation()
		 * @generated
		 */
		EClass OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__ROLE = eINSTANCE.getObservation_Role();

		/**
		 * The meta object literal for the '<em><b>Signal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__SIGNAL = eINSTANCE.getObservation_Signal();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__TAG = eINSTANCE.getObservation_Tag();

		/**
		 * The meta object literal for the '<em><b>Node Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__NODE_ID = eINSTANCE.getObservation_NodeId();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__VALUE = eINSTANCE.getObservation_Value();

		/**
		 * The meta object literal for the '<em><b>Status Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__STATUS_CODE = eINSTANCE.getObservation_StatusCode();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__STATUS = eINSTANCE.getObservation_Status();

		/**
		 * The meta object literal for the '<em><b>Source Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__SOURCE_TIME = eINSTANCE.getObservation_SourceTime();

		/**
		 * The meta object literal for the '<em><b>Server Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__SERVER_TIME = eINSTANCE.getObservation_ServerTime();

		/**
		 * The meta object literal for the '<em><b>Captured At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__CAPTURED_AT = eINSTANCE.getObservation_CapturedAt();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__SESSION = eINSTANCE.getObservation_Session();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__USER = eINSTANCE.getObservation_User();

		/**
		 * The meta object literal for the '<em><b>Recording From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__RECORDING_FROM = eINSTANCE.getObservation_RecordingFrom();

		/**
		 * The meta object literal for the '<em><b>Recording To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__RECORDING_TO = eINSTANCE.getObservation_RecordingTo();

		/**
		 * The meta object literal for the '<em><b>Chain Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__CHAIN_INDEX = eINSTANCE.getObservation_ChainIndex();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.CommentImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__AUTHOR = eINSTANCE.getComment_Author();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TIME = eINSTANCE.getComment_Time();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TEXT = eINSTANCE.getComment_Text();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.PunchItemImpl <em>Punch Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.PunchItemImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getPunchItem()
		 * @generated
		 */
		EClass PUNCH_ITEM = eINSTANCE.getPunchItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNCH_ITEM__ID = eINSTANCE.getPunchItem_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNCH_ITEM__TEXT = eINSTANCE.getPunchItem_Text();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNCH_ITEM__OWNER = eINSTANCE.getPunchItem_Owner();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNCH_ITEM__DUE = eINSTANCE.getPunchItem_Due();

		/**
		 * The meta object literal for the '<em><b>Open</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNCH_ITEM__OPEN = eINSTANCE.getPunchItem_Open();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNCH_ITEM__CREATED = eINSTANCE.getPunchItem_Created();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.AttachmentImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FILE = eINSTANCE.getAttachment_File();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SHA256 = eINSTANCE.getAttachment_Sha256();

		/**
		 * The meta object literal for the '<em><b>Chain Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__CHAIN_INDEX = eINSTANCE.getAttachment_ChainIndex();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.impl.SignatureImpl <em>Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.impl.SignatureImpl
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getSignature()
		 * @generated
		 */
		EClass SIGNATURE = eINSTANCE.getSignature();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__NAME = eINSTANCE.getSignature_Name();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__MEANING = eINSTANCE.getSignature_Meaning();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__TIME = eINSTANCE.getSignature_Time();

		/**
		 * The meta object literal for the '<em><b>Check</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__CHECK = eINSTANCE.getSignature_Check();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__REVISION = eINSTANCE.getSignature_Revision();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__CONTENT_HASH = eINSTANCE.getSignature_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Chain Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__CHAIN_INDEX = eINSTANCE.getSignature_ChainIndex();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.CheckKind <em>Check Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.CheckKind
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCheckKind()
		 * @generated
		 */
		EEnum CHECK_KIND = eINSTANCE.getCheckKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.CheckState <em>Check State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.CheckState
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCheckState()
		 * @generated
		 */
		EEnum CHECK_STATE = eINSTANCE.getCheckState();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.CampaignState <em>Campaign State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.CampaignState
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getCampaignState()
		 * @generated
		 */
		EEnum CAMPAIGN_STATE = eINSTANCE.getCampaignState();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.Verdict
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.Phase <em>Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.Phase
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getPhase()
		 * @generated
		 */
		EEnum PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '{@link org.twinworks.commissioning.record.SignatureMeaning <em>Signature Meaning</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.commissioning.record.SignatureMeaning
		 * @see org.twinworks.commissioning.record.impl.CommissioningPackageImpl#getSignatureMeaning()
		 * @generated
		 */
		EEnum SIGNATURE_MEANING = eINSTANCE.getSignatureMeaning();

	}

} //CommissioningPackage
