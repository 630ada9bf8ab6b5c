/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.Attachment#getFile <em>File</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Attachment#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Attachment#getChainIndex <em>Chain Index</em>}</li>
 * </ul>
 *
 * @see org.twinworks.commissioning.record.CommissioningPackage#getAttachment()
 * @model
 * @generated
 */
public interface Attachment extends EObject {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getAttachment_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Attachment#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getAttachment_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Attachment#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Chain Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain Index</em>' attribute.
	 * @see #setChainIndex(long)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getAttachment_ChainIndex()
	 * @model default="-1"
	 * @generated
	 */
	long getChainIndex();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Attachment#getChainIndex <em>Chain Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Index</em>' attribute.
	 * @see #getChainIndex()
	 * @generated
	 */
	void setChainIndex(long value);

} // Attachment
