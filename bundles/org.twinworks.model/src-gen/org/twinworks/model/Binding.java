/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Binds a signal to a node of an endpoint's address space.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Binding#getSignal <em>Signal</em>}</li>
 *   <li>{@link org.twinworks.model.Binding#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link org.twinworks.model.Binding#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.twinworks.model.Binding#getSamplingInterval <em>Sampling Interval</em>}</li>
 *   <li>{@link org.twinworks.model.Binding#getQueueSize <em>Queue Size</em>}</li>
 *   <li>{@link org.twinworks.model.Binding#getDeadbandKind <em>Deadband Kind</em>}</li>
 *   <li>{@link org.twinworks.model.Binding#getDeadbandValue <em>Deadband Value</em>}</li>
 *   <li>{@link org.twinworks.model.Binding#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getBinding()
 * @model
 * @generated
 */
public interface Binding extends EObject {
	/**
	 * Returns the value of the '<em><b>Signal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signal</em>' reference.
	 * @see #setSignal(Signal)
	 * @see org.twinworks.model.TwinPackage#getBinding_Signal()
	 * @model required="true"
	 * @generated
	 */
	Signal getSignal();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#getSignal <em>Signal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signal</em>' reference.
	 * @see #getSignal()
	 * @generated
	 */
	void setSignal(Signal value);

	/**
	 * Returns the value of the '<em><b>Endpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint</em>' reference.
	 * @see #setEndpoint(Endpoint)
	 * @see org.twinworks.model.TwinPackage#getBinding_Endpoint()
	 * @model required="true"
	 * @generated
	 */
	Endpoint getEndpoint();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#getEndpoint <em>Endpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint</em>' reference.
	 * @see #getEndpoint()
	 * @generated
	 */
	void setEndpoint(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An ExpandedNodeId with the namespace URI, e.g. nsu=urn:twinworks:demo;s=TK-201/LT-201.PV: stable across server restarts, unlike a namespace index.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Id</em>' attribute.
	 * @see #setNodeId(String)
	 * @see org.twinworks.model.TwinPackage#getBinding_NodeId()
	 * @model
	 * @generated
	 */
	String getNodeId();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#getNodeId <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Id</em>' attribute.
	 * @see #getNodeId()
	 * @generated
	 */
	void setNodeId(String value);

	/**
	 * Returns the value of the '<em><b>Sampling Interval</b></em>' attribute.
	 * The default value is <code>"250.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampling Interval</em>' attribute.
	 * @see #setSamplingInterval(double)
	 * @see org.twinworks.model.TwinPackage#getBinding_SamplingInterval()
	 * @model default="250.0"
	 * @generated
	 */
	double getSamplingInterval();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#getSamplingInterval <em>Sampling Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampling Interval</em>' attribute.
	 * @see #getSamplingInterval()
	 * @generated
	 */
	void setSamplingInterval(double value);

	/**
	 * Returns the value of the '<em><b>Queue Size</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queue Size</em>' attribute.
	 * @see #setQueueSize(int)
	 * @see org.twinworks.model.TwinPackage#getBinding_QueueSize()
	 * @model default="10"
	 * @generated
	 */
	int getQueueSize();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#getQueueSize <em>Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Size</em>' attribute.
	 * @see #getQueueSize()
	 * @generated
	 */
	void setQueueSize(int value);

	/**
	 * Returns the value of the '<em><b>Deadband Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.DeadbandKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadband Kind</em>' attribute.
	 * @see org.twinworks.model.DeadbandKind
	 * @see #setDeadbandKind(DeadbandKind)
	 * @see org.twinworks.model.TwinPackage#getBinding_DeadbandKind()
	 * @model
	 * @generated
	 */
	DeadbandKind getDeadbandKind();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#getDeadbandKind <em>Deadband Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadband Kind</em>' attribute.
	 * @see org.twinworks.model.DeadbandKind
	 * @see #getDeadbandKind()
	 * @generated
	 */
	void setDeadbandKind(DeadbandKind value);

	/**
	 * Returns the value of the '<em><b>Deadband Value</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadband Value</em>' attribute.
	 * @see #setDeadbandValue(double)
	 * @see org.twinworks.model.TwinPackage#getBinding_DeadbandValue()
	 * @model default="0.0"
	 * @generated
	 */
	double getDeadbandValue();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#getDeadbandValue <em>Deadband Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadband Value</em>' attribute.
	 * @see #getDeadbandValue()
	 * @generated
	 */
	void setDeadbandValue(double value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.twinworks.model.TwinPackage#getBinding_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Binding#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node id parses and names its namespace by URI (nsu=...), and signal and endpoint are set and in this model.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validNode(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Binding
