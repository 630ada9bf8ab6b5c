/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.twinworks.commissioning.record.CommissioningPackage;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.impl.SignatureImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SignatureImpl#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SignatureImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SignatureImpl#getCheck <em>Check</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SignatureImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SignatureImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SignatureImpl#getChainIndex <em>Chain Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignatureImpl extends MinimalEObjectImpl.Container implements Signature {
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
	 * The default value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected static final SignatureMeaning MEANING_EDEFAULT = SignatureMeaning.PERFORMED;

	/**
	 * The cached value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected SignatureMeaning meaning = MEANING_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected String time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheck() <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheck()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheck() <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheck()
	 * @generated
	 * @ordered
	 */
	protected String check = CHECK_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_EDEFAULT = 0;

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
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getChainIndex() <em>Chain Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainIndex()
	 * @generated
	 * @ordered
	 */
	protected static final long CHAIN_INDEX_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getChainIndex() <em>Chain Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainIndex()
	 * @generated
	 * @ordered
	 */
	protected long chainIndex = CHAIN_INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignatureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommissioningPackage.Literals.SIGNATURE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SIGNATURE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignatureMeaning getMeaning() {
		return meaning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeaning(SignatureMeaning newMeaning) {
		SignatureMeaning oldMeaning = meaning;
		meaning = newMeaning == null ? MEANING_EDEFAULT : newMeaning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SIGNATURE__MEANING, oldMeaning, meaning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(String newTime) {
		String oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SIGNATURE__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCheck() {
		return check;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheck(String newCheck) {
		String oldCheck = check;
		check = newCheck;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SIGNATURE__CHECK, oldCheck, check));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SIGNATURE__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SIGNATURE__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getChainIndex() {
		return chainIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChainIndex(long newChainIndex) {
		long oldChainIndex = chainIndex;
		chainIndex = newChainIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SIGNATURE__CHAIN_INDEX, oldChainIndex, chainIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommissioningPackage.SIGNATURE__NAME:
				return getName();
			case CommissioningPackage.SIGNATURE__MEANING:
				return getMeaning();
			case CommissioningPackage.SIGNATURE__TIME:
				return getTime();
			case CommissioningPackage.SIGNATURE__CHECK:
				return getCheck();
			case CommissioningPackage.SIGNATURE__REVISION:
				return getRevision();
			case CommissioningPackage.SIGNATURE__CONTENT_HASH:
				return getContentHash();
			case CommissioningPackage.SIGNATURE__CHAIN_INDEX:
				return getChainIndex();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CommissioningPackage.SIGNATURE__NAME:
				setName((String)newValue);
				return;
			case CommissioningPackage.SIGNATURE__MEANING:
				setMeaning((SignatureMeaning)newValue);
				return;
			case CommissioningPackage.SIGNATURE__TIME:
				setTime((String)newValue);
				return;
			case CommissioningPackage.SIGNATURE__CHECK:
				setCheck((String)newValue);
				return;
			case CommissioningPackage.SIGNATURE__REVISION:
				setRevision((Integer)newValue);
				return;
			case CommissioningPackage.SIGNATURE__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case CommissioningPackage.SIGNATURE__CHAIN_INDEX:
				setChainIndex((Long)newValue);
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
			case CommissioningPackage.SIGNATURE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CommissioningPackage.SIGNATURE__MEANING:
				setMeaning(MEANING_EDEFAULT);
				return;
			case CommissioningPackage.SIGNATURE__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case CommissioningPackage.SIGNATURE__CHECK:
				setCheck(CHECK_EDEFAULT);
				return;
			case CommissioningPackage.SIGNATURE__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case CommissioningPackage.SIGNATURE__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case CommissioningPackage.SIGNATURE__CHAIN_INDEX:
				setChainIndex(CHAIN_INDEX_EDEFAULT);
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
			case CommissioningPackage.SIGNATURE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CommissioningPackage.SIGNATURE__MEANING:
				return meaning != MEANING_EDEFAULT;
			case CommissioningPackage.SIGNATURE__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case CommissioningPackage.SIGNATURE__CHECK:
				return CHECK_EDEFAULT == null ? check != null : !CHECK_EDEFAULT.equals(check);
			case CommissioningPackage.SIGNATURE__REVISION:
				return revision != REVISION_EDEFAULT;
			case CommissioningPackage.SIGNATURE__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case CommissioningPackage.SIGNATURE__CHAIN_INDEX:
				return chainIndex != CHAIN_INDEX_EDEFAULT;
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", meaning: "); //$NON-NLS-1$
		result.append(meaning);
		result.append(", time: "); //$NON-NLS-1$
		result.append(time);
		result.append(", check: "); //$NON-NLS-1$
		result.append(check);
		result.append(", revision: "); //$NON-NLS-1$
		result.append(revision);
		result.append(", contentHash: "); //$NON-NLS-1$
		result.append(contentHash);
		result.append(", chainIndex: "); //$NON-NLS-1$
		result.append(chainIndex);
		result.append(')');
		return result.toString();
	}

} //SignatureImpl
