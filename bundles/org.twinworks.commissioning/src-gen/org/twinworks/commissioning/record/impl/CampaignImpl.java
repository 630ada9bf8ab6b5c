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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CommissioningPackage;
import org.twinworks.commissioning.record.Revision;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Signature;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getPlantFile <em>Plant File</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getPlantName <em>Plant Name</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getPlantHash <em>Plant Hash</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getEngineers <em>Engineers</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getEnded <em>Ended</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getState <em>State</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#isTwoPersonRule <em>Two Person Rule</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getChainCount <em>Chain Count</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getChainHead <em>Chain Head</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getChecks <em>Checks</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.CampaignImpl#getSignatures <em>Signatures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends MinimalEObjectImpl.Container implements Campaign {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlantFile() <em>Plant File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlantFile()
	 * @generated
	 * @ordered
	 */
	protected static final String PLANT_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlantFile() <em>Plant File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlantFile()
	 * @generated
	 * @ordered
	 */
	protected String plantFile = PLANT_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlantName() <em>Plant Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlantName()
	 * @generated
	 * @ordered
	 */
	protected static final String PLANT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlantName() <em>Plant Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlantName()
	 * @generated
	 * @ordered
	 */
	protected String plantName = PLANT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlantHash() <em>Plant Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlantHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PLANT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlantHash() <em>Plant Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlantHash()
	 * @generated
	 * @ordered
	 */
	protected String plantHash = PLANT_HASH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scope;

	/**
	 * The cached value of the '{@link #getKinds() <em>Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<CheckKind> kinds;

	/**
	 * The cached value of the '{@link #getEngineers() <em>Engineers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> engineers;

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
	 * The default value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected String ended = ENDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignState STATE_EDEFAULT = CampaignState.PLANNED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected CampaignState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected int revision = REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #isTwoPersonRule() <em>Two Person Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTwoPersonRule()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TWO_PERSON_RULE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTwoPersonRule() <em>Two Person Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTwoPersonRule()
	 * @generated
	 * @ordered
	 */
	protected boolean twoPersonRule = TWO_PERSON_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChainCount() <em>Chain Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainCount()
	 * @generated
	 * @ordered
	 */
	protected static final long CHAIN_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getChainCount() <em>Chain Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainCount()
	 * @generated
	 * @ordered
	 */
	protected long chainCount = CHAIN_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChainHead() <em>Chain Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainHead()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAIN_HEAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChainHead() <em>Chain Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainHead()
	 * @generated
	 * @ordered
	 */
	protected String chainHead = CHAIN_HEAD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRevisions() <em>Revisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Revision> revisions;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<Session> sessions;

	/**
	 * The cached value of the '{@link #getChecks() <em>Checks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecks()
	 * @generated
	 * @ordered
	 */
	protected EList<Check> checks;

	/**
	 * The cached value of the '{@link #getSignatures() <em>Signatures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatures()
	 * @generated
	 * @ordered
	 */
	protected EList<Signature> signatures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommissioningPackage.Literals.CAMPAIGN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__ID, oldId, id));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlantFile() {
		return plantFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlantFile(String newPlantFile) {
		String oldPlantFile = plantFile;
		plantFile = newPlantFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__PLANT_FILE, oldPlantFile, plantFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlantName() {
		return plantName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlantName(String newPlantName) {
		String oldPlantName = plantName;
		plantName = newPlantName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__PLANT_NAME, oldPlantName, plantName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlantHash() {
		return plantHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlantHash(String newPlantHash) {
		String oldPlantHash = plantHash;
		plantHash = newPlantHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__PLANT_HASH, oldPlantHash, plantHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScope() {
		if (scope == null) {
			scope = new EDataTypeUniqueEList<String>(String.class, this, CommissioningPackage.CAMPAIGN__SCOPE);
		}
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CheckKind> getKinds() {
		if (kinds == null) {
			kinds = new EDataTypeUniqueEList<CheckKind>(CheckKind.class, this, CommissioningPackage.CAMPAIGN__KINDS);
		}
		return kinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEngineers() {
		if (engineers == null) {
			engineers = new EDataTypeUniqueEList<String>(String.class, this, CommissioningPackage.CAMPAIGN__ENGINEERS);
		}
		return engineers;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnded() {
		return ended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnded(String newEnded) {
		String oldEnded = ended;
		ended = newEnded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__ENDED, oldEnded, ended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(CampaignState newState) {
		CampaignState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(int newRevision) {
		int oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTwoPersonRule() {
		return twoPersonRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTwoPersonRule(boolean newTwoPersonRule) {
		boolean oldTwoPersonRule = twoPersonRule;
		twoPersonRule = newTwoPersonRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__TWO_PERSON_RULE, oldTwoPersonRule, twoPersonRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getChainCount() {
		return chainCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChainCount(long newChainCount) {
		long oldChainCount = chainCount;
		chainCount = newChainCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__CHAIN_COUNT, oldChainCount, chainCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChainHead() {
		return chainHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChainHead(String newChainHead) {
		String oldChainHead = chainHead;
		chainHead = newChainHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.CAMPAIGN__CHAIN_HEAD, oldChainHead, chainHead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Revision> getRevisions() {
		if (revisions == null) {
			revisions = new EObjectContainmentEList<Revision>(Revision.class, this, CommissioningPackage.CAMPAIGN__REVISIONS);
		}
		return revisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Session> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<Session>(Session.class, this, CommissioningPackage.CAMPAIGN__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Check> getChecks() {
		if (checks == null) {
			checks = new EObjectContainmentEList<Check>(Check.class, this, CommissioningPackage.CAMPAIGN__CHECKS);
		}
		return checks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Signature> getSignatures() {
		if (signatures == null) {
			signatures = new EObjectContainmentEList<Signature>(Signature.class, this, CommissioningPackage.CAMPAIGN__SIGNATURES);
		}
		return signatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CommissioningPackage.CAMPAIGN__REVISIONS:
				return ((InternalEList<?>)getRevisions()).basicRemove(otherEnd, msgs);
			case CommissioningPackage.CAMPAIGN__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
			case CommissioningPackage.CAMPAIGN__CHECKS:
				return ((InternalEList<?>)getChecks()).basicRemove(otherEnd, msgs);
			case CommissioningPackage.CAMPAIGN__SIGNATURES:
				return ((InternalEList<?>)getSignatures()).basicRemove(otherEnd, msgs);
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
			case CommissioningPackage.CAMPAIGN__ID:
				return getId();
			case CommissioningPackage.CAMPAIGN__NAME:
				return getName();
			case CommissioningPackage.CAMPAIGN__PLANT_FILE:
				return getPlantFile();
			case CommissioningPackage.CAMPAIGN__PLANT_NAME:
				return getPlantName();
			case CommissioningPackage.CAMPAIGN__PLANT_HASH:
				return getPlantHash();
			case CommissioningPackage.CAMPAIGN__SCOPE:
				return getScope();
			case CommissioningPackage.CAMPAIGN__KINDS:
				return getKinds();
			case CommissioningPackage.CAMPAIGN__ENGINEERS:
				return getEngineers();
			case CommissioningPackage.CAMPAIGN__STARTED:
				return getStarted();
			case CommissioningPackage.CAMPAIGN__ENDED:
				return getEnded();
			case CommissioningPackage.CAMPAIGN__STATE:
				return getState();
			case CommissioningPackage.CAMPAIGN__REVISION:
				return getRevision();
			case CommissioningPackage.CAMPAIGN__TWO_PERSON_RULE:
				return isTwoPersonRule();
			case CommissioningPackage.CAMPAIGN__CHAIN_COUNT:
				return getChainCount();
			case CommissioningPackage.CAMPAIGN__CHAIN_HEAD:
				return getChainHead();
			case CommissioningPackage.CAMPAIGN__REVISIONS:
				return getRevisions();
			case CommissioningPackage.CAMPAIGN__SESSIONS:
				return getSessions();
			case CommissioningPackage.CAMPAIGN__CHECKS:
				return getChecks();
			case CommissioningPackage.CAMPAIGN__SIGNATURES:
				return getSignatures();
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
			case CommissioningPackage.CAMPAIGN__ID:
				setId((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__NAME:
				setName((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__PLANT_FILE:
				setPlantFile((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__PLANT_NAME:
				setPlantName((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__PLANT_HASH:
				setPlantHash((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__SCOPE:
				getScope().clear();
				getScope().addAll((Collection<? extends String>)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__KINDS:
				getKinds().clear();
				getKinds().addAll((Collection<? extends CheckKind>)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__ENGINEERS:
				getEngineers().clear();
				getEngineers().addAll((Collection<? extends String>)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__STARTED:
				setStarted((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__ENDED:
				setEnded((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__STATE:
				setState((CampaignState)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__REVISION:
				setRevision((Integer)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__TWO_PERSON_RULE:
				setTwoPersonRule((Boolean)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__CHAIN_COUNT:
				setChainCount((Long)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__CHAIN_HEAD:
				setChainHead((String)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__REVISIONS:
				getRevisions().clear();
				getRevisions().addAll((Collection<? extends Revision>)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends Session>)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__CHECKS:
				getChecks().clear();
				getChecks().addAll((Collection<? extends Check>)newValue);
				return;
			case CommissioningPackage.CAMPAIGN__SIGNATURES:
				getSignatures().clear();
				getSignatures().addAll((Collection<? extends Signature>)newValue);
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
			case CommissioningPackage.CAMPAIGN__ID:
				setId(ID_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__PLANT_FILE:
				setPlantFile(PLANT_FILE_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__PLANT_NAME:
				setPlantName(PLANT_NAME_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__PLANT_HASH:
				setPlantHash(PLANT_HASH_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__SCOPE:
				getScope().clear();
				return;
			case CommissioningPackage.CAMPAIGN__KINDS:
				getKinds().clear();
				return;
			case CommissioningPackage.CAMPAIGN__ENGINEERS:
				getEngineers().clear();
				return;
			case CommissioningPackage.CAMPAIGN__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__ENDED:
				setEnded(ENDED_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__STATE:
				setState(STATE_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__TWO_PERSON_RULE:
				setTwoPersonRule(TWO_PERSON_RULE_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__CHAIN_COUNT:
				setChainCount(CHAIN_COUNT_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__CHAIN_HEAD:
				setChainHead(CHAIN_HEAD_EDEFAULT);
				return;
			case CommissioningPackage.CAMPAIGN__REVISIONS:
				getRevisions().clear();
				return;
			case CommissioningPackage.CAMPAIGN__SESSIONS:
				getSessions().clear();
				return;
			case CommissioningPackage.CAMPAIGN__CHECKS:
				getChecks().clear();
				return;
			case CommissioningPackage.CAMPAIGN__SIGNATURES:
				getSignatures().clear();
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
			case CommissioningPackage.CAMPAIGN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CommissioningPackage.CAMPAIGN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CommissioningPackage.CAMPAIGN__PLANT_FILE:
				return PLANT_FILE_EDEFAULT == null ? plantFile != null : !PLANT_FILE_EDEFAULT.equals(plantFile);
			case CommissioningPackage.CAMPAIGN__PLANT_NAME:
				return PLANT_NAME_EDEFAULT == null ? plantName != null : !PLANT_NAME_EDEFAULT.equals(plantName);
			case CommissioningPackage.CAMPAIGN__PLANT_HASH:
				return PLANT_HASH_EDEFAULT == null ? plantHash != null : !PLANT_HASH_EDEFAULT.equals(plantHash);
			case CommissioningPackage.CAMPAIGN__SCOPE:
				return scope != null && !scope.isEmpty();
			case CommissioningPackage.CAMPAIGN__KINDS:
				return kinds != null && !kinds.isEmpty();
			case CommissioningPackage.CAMPAIGN__ENGINEERS:
				return engineers != null && !engineers.isEmpty();
			case CommissioningPackage.CAMPAIGN__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case CommissioningPackage.CAMPAIGN__ENDED:
				return ENDED_EDEFAULT == null ? ended != null : !ENDED_EDEFAULT.equals(ended);
			case CommissioningPackage.CAMPAIGN__STATE:
				return state != STATE_EDEFAULT;
			case CommissioningPackage.CAMPAIGN__REVISION:
				return revision != REVISION_EDEFAULT;
			case CommissioningPackage.CAMPAIGN__TWO_PERSON_RULE:
				return twoPersonRule != TWO_PERSON_RULE_EDEFAULT;
			case CommissioningPackage.CAMPAIGN__CHAIN_COUNT:
				return chainCount != CHAIN_COUNT_EDEFAULT;
			case CommissioningPackage.CAMPAIGN__CHAIN_HEAD:
				return CHAIN_HEAD_EDEFAULT == null ? chainHead != null : !CHAIN_HEAD_EDEFAULT.equals(chainHead);
			case CommissioningPackage.CAMPAIGN__REVISIONS:
				return revisions != null && !revisions.isEmpty();
			case CommissioningPackage.CAMPAIGN__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case CommissioningPackage.CAMPAIGN__CHECKS:
				return checks != null && !checks.isEmpty();
			case CommissioningPackage.CAMPAIGN__SIGNATURES:
				return signatures != null && !signatures.isEmpty();
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
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", plantFile: "); //$NON-NLS-1$
		result.append(plantFile);
		result.append(", plantName: "); //$NON-NLS-1$
		result.append(plantName);
		result.append(", plantHash: "); //$NON-NLS-1$
		result.append(plantHash);
		result.append(", scope: "); //$NON-NLS-1$
		result.append(scope);
		result.append(", kinds: "); //$NON-NLS-1$
		result.append(kinds);
		result.append(", engineers: "); //$NON-NLS-1$
		result.append(engineers);
		result.append(", started: "); //$NON-NLS-1$
		result.append(started);
		result.append(", ended: "); //$NON-NLS-1$
		result.append(ended);
		result.append(", state: "); //$NON-NLS-1$
		result.append(state);
		result.append(", revision: "); //$NON-NLS-1$
		result.append(revision);
		result.append(", twoPersonRule: "); //$NON-NLS-1$
		result.append(twoPersonRule);
		result.append(", chainCount: "); //$NON-NLS-1$
		result.append(chainCount);
		result.append(", chainHead: "); //$NON-NLS-1$
		result.append(chainHead);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
