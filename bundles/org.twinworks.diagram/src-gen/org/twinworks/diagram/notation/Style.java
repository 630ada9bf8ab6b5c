/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.diagram.notation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the user changed of the mapping's style; unset attributes keep the mapping's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.diagram.notation.Style#getFill <em>Fill</em>}</li>
 *   <li>{@link org.twinworks.diagram.notation.Style#getStroke <em>Stroke</em>}</li>
 *   <li>{@link org.twinworks.diagram.notation.Style#getLineWidth <em>Line Width</em>}</li>
 *   <li>{@link org.twinworks.diagram.notation.Style#getFontSize <em>Font Size</em>}</li>
 * </ul>
 *
 * @see org.twinworks.diagram.notation.NotationPackage#getStyle()
 * @model
 * @generated
 */
public interface Style extends EObject {
	/**
	 * Returns the value of the '<em><b>Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #rrggbb
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fill</em>' attribute.
	 * @see #setFill(String)
	 * @see org.twinworks.diagram.notation.NotationPackage#getStyle_Fill()
	 * @model
	 * @generated
	 */
	String getFill();

	/**
	 * Sets the value of the '{@link org.twinworks.diagram.notation.Style#getFill <em>Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill</em>' attribute.
	 * @see #getFill()
	 * @generated
	 */
	void setFill(String value);

	/**
	 * Returns the value of the '<em><b>Stroke</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stroke</em>' attribute.
	 * @see #setStroke(String)
	 * @see org.twinworks.diagram.notation.NotationPackage#getStyle_Stroke()
	 * @model
	 * @generated
	 */
	String getStroke();

	/**
	 * Sets the value of the '{@link org.twinworks.diagram.notation.Style#getStroke <em>Stroke</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stroke</em>' attribute.
	 * @see #getStroke()
	 * @generated
	 */
	void setStroke(String value);

	/**
	 * Returns the value of the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Width</em>' attribute.
	 * @see #setLineWidth(int)
	 * @see org.twinworks.diagram.notation.NotationPackage#getStyle_LineWidth()
	 * @model
	 * @generated
	 */
	int getLineWidth();

	/**
	 * Sets the value of the '{@link org.twinworks.diagram.notation.Style#getLineWidth <em>Line Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Width</em>' attribute.
	 * @see #getLineWidth()
	 * @generated
	 */
	void setLineWidth(int value);

	/**
	 * Returns the value of the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Font Size</em>' attribute.
	 * @see #setFontSize(int)
	 * @see org.twinworks.diagram.notation.NotationPackage#getStyle_FontSize()
	 * @model
	 * @generated
	 */
	int getFontSize();

	/**
	 * Sets the value of the '{@link org.twinworks.diagram.notation.Style#getFontSize <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Size</em>' attribute.
	 * @see #getFontSize()
	 * @generated
	 */
	void setFontSize(int value);

} // Style
