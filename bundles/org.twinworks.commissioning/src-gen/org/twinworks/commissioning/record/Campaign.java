/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getId <em>Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getPlantFile <em>Plant File</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getPlantName <em>Plant Name</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getPlantHash <em>Plant Hash</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getScope <em>Scope</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getEngineers <em>Engineers</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getStarted <em>Started</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getEnded <em>Ended</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getState <em>State</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#isTwoPersonRule <em>Two Person Rule</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getChainCount <em>Chain Count</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getChainHead <em>Chain Head</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getChecks <em>Checks</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Campaign#getSignatures <em>Signatures</em>}</li>
 * </ul>
 *
 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Plant File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plant model file, relative to the record's folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plant File</em>' attribute.
	 * @see #setPlantFile(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_PlantFile()
	 * @model
	 * @generated
	 */
	String getPlantFile();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getPlantFile <em>Plant File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plant File</em>' attribute.
	 * @see #getPlantFile()
	 * @generated
	 */
	void setPlantFile(String value);

	/**
	 * Returns the value of the '<em><b>Plant Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plant Name</em>' attribute.
	 * @see #setPlantName(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_PlantName()
	 * @model
	 * @generated
	 */
	String getPlantName();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getPlantName <em>Plant Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plant Name</em>' attribute.
	 * @see #getPlantName()
	 * @generated
	 */
	void setPlantName(String value);

	/**
	 * Returns the value of the '<em><b>Plant Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the plant file's content when the campaign was (re-)planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plant Hash</em>' attribute.
	 * @see #setPlantHash(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_PlantHash()
	 * @model
	 * @generated
	 */
	String getPlantHash();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getPlantHash <em>Plant Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plant Hash</em>' attribute.
	 * @see #getPlantHash()
	 * @generated
	 */
	void setPlantHash(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Scope()
	 * @model
	 * @generated
	 */
	EList<String> getScope();

	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.CheckKind}.
	 * The literals are from the enumeration {@link org.twinworks.commissioning.record.CheckKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kinds</em>' attribute list.
	 * @see org.twinworks.commissioning.record.CheckKind
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Kinds()
	 * @model
	 * @generated
	 */
	EList<CheckKind> getKinds();

	/**
	 * Returns the value of the '<em><b>Engineers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engineers</em>' attribute list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Engineers()
	 * @model
	 * @generated
	 */
	EList<String> getEngineers();

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Started()
	 * @model
	 * @generated
	 */
	String getStarted();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(String value);

	/**
	 * Returns the value of the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended</em>' attribute.
	 * @see #setEnded(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Ended()
	 * @model
	 * @generated
	 */
	String getEnded();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getEnded <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended</em>' attribute.
	 * @see #getEnded()
	 * @generated
	 */
	void setEnded(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.commissioning.record.CampaignState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.twinworks.commissioning.record.CampaignState
	 * @see #setState(CampaignState)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_State()
	 * @model
	 * @generated
	 */
	CampaignState getState();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.twinworks.commissioning.record.CampaignState
	 * @see #getState()
	 * @generated
	 */
	void setState(CampaignState value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(int)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Revision()
	 * @model default="1"
	 * @generated
	 */
	int getRevision();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(int value);

	/**
	 * Returns the value of the '<em><b>Two Person Rule</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Two Person Rule</em>' attribute.
	 * @see #setTwoPersonRule(boolean)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_TwoPersonRule()
	 * @model default="true"
	 * @generated
	 */
	boolean isTwoPersonRule();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#isTwoPersonRule <em>Two Person Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Two Person Rule</em>' attribute.
	 * @see #isTwoPersonRule()
	 * @generated
	 */
	void setTwoPersonRule(boolean value);

	/**
	 * Returns the value of the '<em><b>Chain Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many records the evidence chain held when the record was last saved: a cut-off tail of the chain shows against it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chain Count</em>' attribute.
	 * @see #setChainCount(long)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_ChainCount()
	 * @model
	 * @generated
	 */
	long getChainCount();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getChainCount <em>Chain Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Count</em>' attribute.
	 * @see #getChainCount()
	 * @generated
	 */
	void setChainCount(long value);

	/**
	 * Returns the value of the '<em><b>Chain Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain Head</em>' attribute.
	 * @see #setChainHead(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_ChainHead()
	 * @model
	 * @generated
	 */
	String getChainHead();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Campaign#getChainHead <em>Chain Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Head</em>' attribute.
	 * @see #getChainHead()
	 * @generated
	 */
	void setChainHead(String value);

	/**
	 * Returns the value of the '<em><b>Revisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Revision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revisions</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Revisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Revision> getRevisions();

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Session}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

	/**
	 * Returns the value of the '<em><b>Checks</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Check}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checks</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Checks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Check> getChecks();

	/**
	 * Returns the value of the '<em><b>Signatures</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Signature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatures</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getCampaign_Signatures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signature> getSignatures();

} // Campaign
