/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.Signature#getName <em>Name</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Signature#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Signature#getTime <em>Time</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Signature#getCheck <em>Check</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Signature#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Signature#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Signature#getChainIndex <em>Chain Index</em>}</li>
 * </ul>
 *
 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature()
 * @model
 * @generated
 */
public interface Signature extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Signature#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.commissioning.record.SignatureMeaning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see org.twinworks.commissioning.record.SignatureMeaning
	 * @see #setMeaning(SignatureMeaning)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature_Meaning()
	 * @model
	 * @generated
	 */
	SignatureMeaning getMeaning();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Signature#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see org.twinworks.commissioning.record.SignatureMeaning
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(SignatureMeaning value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature_Time()
	 * @model
	 * @generated
	 */
	String getTime();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Signature#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(String value);

	/**
	 * Returns the value of the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the check signed; empty for a signature of the whole campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Check</em>' attribute.
	 * @see #setCheck(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature_Check()
	 * @model
	 * @generated
	 */
	String getCheck();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Signature#getCheck <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check</em>' attribute.
	 * @see #getCheck()
	 * @generated
	 */
	void setCheck(String value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(int)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature_Revision()
	 * @model
	 * @generated
	 */
	int getRevision();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Signature#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(int value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the canonical content signed (the check or the campaign): links the signature to that content, so it cannot be moved to another.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Signature#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Chain Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain Index</em>' attribute.
	 * @see #setChainIndex(long)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSignature_ChainIndex()
	 * @model default="-1"
	 * @generated
	 */
	long getChainIndex();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Signature#getChainIndex <em>Chain Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Index</em>' attribute.
	 * @see #getChainIndex()
	 * @generated
	 */
	void setChainIndex(long value);

} // Signature
