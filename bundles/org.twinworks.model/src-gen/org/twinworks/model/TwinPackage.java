/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * The Twinworks plant and twin model: the virtual half of a digital twin (ISA-95 hierarchy, equipment, ports, connections, signals, control loops, interlocks) and its connection to the physical plant (OPC UA endpoints and bindings).
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinFactory
 * @model kind="package"
 * @generated
 */
public interface TwinPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://twinworks.org/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "twin"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TwinPackage eINSTANCE = org.twinworks.model.impl.TwinPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.NamedImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__SOURCE_ID = 2;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED___PATH = 0;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.PlantImpl <em>Plant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.PlantImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getPlant()
	 * @generated
	 */
	int PLANT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__ENTERPRISE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Namespace Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__NAMESPACE_URI = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Engineering Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__ENGINEERING_UNITS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Equipment Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__EQUIPMENT_TYPES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__AREAS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__CONNECTIONS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Control Loops</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__CONTROL_LOOPS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Interlocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__INTERLOCKS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__TWIN = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Plant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT___PATH = NAMED___PATH;

	/**
	 * The operation id for the '<em>Unique Tags</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT___UNIQUE_TAGS__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Plant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.EquipmentHolderImpl <em>Equipment Holder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.EquipmentHolderImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentHolder()
	 * @generated
	 */
	int EQUIPMENT_HOLDER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_HOLDER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_HOLDER__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_HOLDER__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_HOLDER__EQUIPMENT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Equipment Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_HOLDER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_HOLDER___PATH = NAMED___PATH;

	/**
	 * The number of operations of the '<em>Equipment Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_HOLDER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.AreaImpl <em>Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.AreaImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getArea()
	 * @generated
	 */
	int AREA = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__NAME = EQUIPMENT_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__DESCRIPTION = EQUIPMENT_HOLDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__SOURCE_ID = EQUIPMENT_HOLDER__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__EQUIPMENT = EQUIPMENT_HOLDER__EQUIPMENT;

	/**
	 * The feature id for the '<em><b>Work Centers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__WORK_CENTERS = EQUIPMENT_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_FEATURE_COUNT = EQUIPMENT_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA___PATH = EQUIPMENT_HOLDER___PATH;

	/**
	 * The number of operations of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_OPERATION_COUNT = EQUIPMENT_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.WorkCenterImpl <em>Work Center</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.WorkCenterImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getWorkCenter()
	 * @generated
	 */
	int WORK_CENTER = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER__NAME = EQUIPMENT_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER__DESCRIPTION = EQUIPMENT_HOLDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER__SOURCE_ID = EQUIPMENT_HOLDER__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER__EQUIPMENT = EQUIPMENT_HOLDER__EQUIPMENT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER__KIND = EQUIPMENT_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER__UNITS = EQUIPMENT_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Work Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER_FEATURE_COUNT = EQUIPMENT_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER___PATH = EQUIPMENT_HOLDER___PATH;

	/**
	 * The number of operations of the '<em>Work Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CENTER_OPERATION_COUNT = EQUIPMENT_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.UnitImpl <em>Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.UnitImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__NAME = EQUIPMENT_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__DESCRIPTION = EQUIPMENT_HOLDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__SOURCE_ID = EQUIPMENT_HOLDER__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__EQUIPMENT = EQUIPMENT_HOLDER__EQUIPMENT;

	/**
	 * The number of structural features of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_FEATURE_COUNT = EQUIPMENT_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT___PATH = EQUIPMENT_HOLDER___PATH;

	/**
	 * The number of operations of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OPERATION_COUNT = EQUIPMENT_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.EquipmentImpl <em>Equipment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.EquipmentImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipment()
	 * @generated
	 */
	int EQUIPMENT = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__NAME = EQUIPMENT_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__DESCRIPTION = EQUIPMENT_HOLDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__SOURCE_ID = EQUIPMENT_HOLDER__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__EQUIPMENT = EQUIPMENT_HOLDER__EQUIPMENT;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__TAG = EQUIPMENT_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__KIND = EQUIPMENT_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__LEVEL = EQUIPMENT_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__TYPE = EQUIPMENT_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__HOLDER = EQUIPMENT_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__PROPERTIES = EQUIPMENT_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__PORTS = EQUIPMENT_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Signals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__SIGNALS = EQUIPMENT_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Event Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__EVENT_RULES = EQUIPMENT_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_FEATURE_COUNT = EQUIPMENT_HOLDER_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT___PATH = EQUIPMENT_HOLDER___PATH;

	/**
	 * The number of operations of the '<em>Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_OPERATION_COUNT = EQUIPMENT_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.EquipmentTypeImpl <em>Equipment Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.EquipmentTypeImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentType()
	 * @generated
	 */
	int EQUIPMENT_TYPE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__PORTS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__SIGNALS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__PROPERTIES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Event Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE__EVENT_RULES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Equipment Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE___PATH = NAMED___PATH;

	/**
	 * The number of operations of the '<em>Equipment Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_TYPE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.PropertyImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__UNIT = 2;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Valid Time</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY___VALID_TIME__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.PortImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getPort()
	 * @generated
	 */
	int PORT = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__DIRECTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__MEDIUM = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__EQUIPMENT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT___PATH = NAMED___PATH;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.ConnectionImpl <em>Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.ConnectionImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getConnection()
	 * @generated
	 */
	int CONNECTION = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TAG = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__KIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__SOURCE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TARGET = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__PROPERTIES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___PATH = NAMED___PATH;

	/**
	 * The operation id for the '<em>Compatible Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___COMPATIBLE_PORTS__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.SignalImpl <em>Signal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.SignalImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getSignal()
	 * @generated
	 */
	int SIGNAL = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__TAG = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__DIRECTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__DATA_TYPE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enum Literals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__ENUM_LITERALS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__UNIT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Range Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__RANGE_LOW = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Range High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__RANGE_HIGH = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Alarm Limits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__ALARM_LIMITS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__ACCESS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Nominal Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__NOMINAL_VALUE = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__TEMPLATE = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__EQUIPMENT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___PATH = NAMED___PATH;

	/**
	 * The operation id for the '<em>Valid Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___VALID_RANGE__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Valid Alarm Limits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___VALID_ALARM_LIMITS__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Alarms On Numeric Only</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___ALARMS_ON_NUMERIC_ONLY__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Known Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___KNOWN_UNIT__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.AlarmLimitImpl <em>Alarm Limit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.AlarmLimitImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getAlarmLimit()
	 * @generated
	 */
	int ALARM_LIMIT = 12;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIMIT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIMIT__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIMIT__PRIORITY = 2;

	/**
	 * The feature id for the '<em><b>Hysteresis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIMIT__HYSTERESIS = 3;

	/**
	 * The number of structural features of the '<em>Alarm Limit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIMIT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Alarm Limit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIMIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.EngineeringUnitImpl <em>Engineering Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.EngineeringUnitImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEngineeringUnit()
	 * @generated
	 */
	int ENGINEERING_UNIT = 13;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT__CODE = 0;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT__SYMBOL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT__UNIT_ID = 3;

	/**
	 * The number of structural features of the '<em>Engineering Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Known Code</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT___KNOWN_CODE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Engineering Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.ControlLoopImpl <em>Control Loop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.ControlLoopImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getControlLoop()
	 * @generated
	 */
	int CONTROL_LOOP = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__TAG = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Controller Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__CONTROLLER_TYPE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__ACTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Measured Value</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__MEASURED_VALUE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Setpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__SETPOINT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Output</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__OUTPUT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Final Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP__FINAL_ELEMENT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Control Loop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP___PATH = NAMED___PATH;

	/**
	 * The operation id for the '<em>Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP___COMPLETE__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Control Loop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_LOOP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.InterlockImpl <em>Interlock</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.InterlockImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getInterlock()
	 * @generated
	 */
	int INTERLOCK = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__TAG = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__CONDITIONS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Combination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__COMBINATION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trips</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__TRIPS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Trip Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK__TRIP_ACTION = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Interlock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK___PATH = NAMED___PATH;

	/**
	 * The operation id for the '<em>Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK___COMPLETE__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Interlock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.InterlockConditionImpl <em>Interlock Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.InterlockConditionImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getInterlockCondition()
	 * @generated
	 */
	int INTERLOCK_CONDITION = 16;

	/**
	 * The feature id for the '<em><b>Signal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK_CONDITION__SIGNAL = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK_CONDITION__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK_CONDITION__THRESHOLD = 2;

	/**
	 * The number of structural features of the '<em>Interlock Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK_CONDITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Interlock Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERLOCK_CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.EventRuleImpl <em>Event Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.EventRuleImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEventRule()
	 * @generated
	 */
	int EVENT_RULE = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__TAG = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__SEVERITY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__CONDITION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__END_CONDITION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>For Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE__FOR_DURATION = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Event Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE___PATH = NAMED___PATH;

	/**
	 * The operation id for the '<em>Valid Expressions</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE___VALID_EXPRESSIONS__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Unique Tag</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE___UNIQUE_TAG__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Event Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_RULE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.TwinImpl <em>Twin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.TwinImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getTwin()
	 * @generated
	 */
	int TWIN = 18;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__ENDPOINTS = 0;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__BINDINGS = 1;

	/**
	 * The number of structural features of the '<em>Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>One Active Binding Per Signal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN___ONE_ACTIVE_BINDING_PER_SIGNAL__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.EndpointImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__SOURCE_ID = NAMED__SOURCE_ID;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__URL = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Security Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__SECURITY_POLICY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Security Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__SECURITY_MODE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__AUTHENTICATION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__USERNAME = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lab Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__LAB_MODE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__KIND = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__GROUP_ID = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Edge Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__EDGE_NODE_ID = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT___PATH = NAMED___PATH;

	/**
	 * The operation id for the '<em>Valid Url</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT___VALID_URL__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.impl.BindingImpl <em>Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.impl.BindingImpl
	 * @see org.twinworks.model.impl.TwinPackageImpl#getBinding()
	 * @generated
	 */
	int BINDING = 20;

	/**
	 * The feature id for the '<em><b>Signal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__SIGNAL = 0;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__ENDPOINT = 1;

	/**
	 * The feature id for the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__NODE_ID = 2;

	/**
	 * The feature id for the '<em><b>Sampling Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__SAMPLING_INTERVAL = 3;

	/**
	 * The feature id for the '<em><b>Queue Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__QUEUE_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Deadband Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__DEADBAND_KIND = 5;

	/**
	 * The feature id for the '<em><b>Deadband Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__DEADBAND_VALUE = 6;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__ACTIVE = 7;

	/**
	 * The number of structural features of the '<em>Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Valid Node</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING___VALID_NODE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.twinworks.model.WorkCenterKind <em>Work Center Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.WorkCenterKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getWorkCenterKind()
	 * @generated
	 */
	int WORK_CENTER_KIND = 21;

	/**
	 * The meta object id for the '{@link org.twinworks.model.EquipmentKind <em>Equipment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.EquipmentKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentKind()
	 * @generated
	 */
	int EQUIPMENT_KIND = 22;

	/**
	 * The meta object id for the '{@link org.twinworks.model.EquipmentLevel <em>Equipment Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.EquipmentLevel
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentLevel()
	 * @generated
	 */
	int EQUIPMENT_LEVEL = 23;

	/**
	 * The meta object id for the '{@link org.twinworks.model.PortDirection <em>Port Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.PortDirection
	 * @see org.twinworks.model.impl.TwinPackageImpl#getPortDirection()
	 * @generated
	 */
	int PORT_DIRECTION = 24;

	/**
	 * The meta object id for the '{@link org.twinworks.model.Medium <em>Medium</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.Medium
	 * @see org.twinworks.model.impl.TwinPackageImpl#getMedium()
	 * @generated
	 */
	int MEDIUM = 25;

	/**
	 * The meta object id for the '{@link org.twinworks.model.ConnectionKind <em>Connection Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.ConnectionKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getConnectionKind()
	 * @generated
	 */
	int CONNECTION_KIND = 26;

	/**
	 * The meta object id for the '{@link org.twinworks.model.SignalDirection <em>Signal Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.SignalDirection
	 * @see org.twinworks.model.impl.TwinPackageImpl#getSignalDirection()
	 * @generated
	 */
	int SIGNAL_DIRECTION = 27;

	/**
	 * The meta object id for the '{@link org.twinworks.model.SignalDataType <em>Signal Data Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.SignalDataType
	 * @see org.twinworks.model.impl.TwinPackageImpl#getSignalDataType()
	 * @generated
	 */
	int SIGNAL_DATA_TYPE = 28;

	/**
	 * The meta object id for the '{@link org.twinworks.model.Access <em>Access</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.Access
	 * @see org.twinworks.model.impl.TwinPackageImpl#getAccess()
	 * @generated
	 */
	int ACCESS = 29;

	/**
	 * The meta object id for the '{@link org.twinworks.model.AlarmKind <em>Alarm Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.AlarmKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getAlarmKind()
	 * @generated
	 */
	int ALARM_KIND = 30;

	/**
	 * The meta object id for the '{@link org.twinworks.model.AlarmPriority <em>Alarm Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.AlarmPriority
	 * @see org.twinworks.model.impl.TwinPackageImpl#getAlarmPriority()
	 * @generated
	 */
	int ALARM_PRIORITY = 31;

	/**
	 * The meta object id for the '{@link org.twinworks.model.ControllerType <em>Controller Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.ControllerType
	 * @see org.twinworks.model.impl.TwinPackageImpl#getControllerType()
	 * @generated
	 */
	int CONTROLLER_TYPE = 32;

	/**
	 * The meta object id for the '{@link org.twinworks.model.ControlAction <em>Control Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.ControlAction
	 * @see org.twinworks.model.impl.TwinPackageImpl#getControlAction()
	 * @generated
	 */
	int CONTROL_ACTION = 33;

	/**
	 * The meta object id for the '{@link org.twinworks.model.ComparisonOperator <em>Comparison Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.ComparisonOperator
	 * @see org.twinworks.model.impl.TwinPackageImpl#getComparisonOperator()
	 * @generated
	 */
	int COMPARISON_OPERATOR = 34;

	/**
	 * The meta object id for the '{@link org.twinworks.model.ConditionCombination <em>Condition Combination</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.ConditionCombination
	 * @see org.twinworks.model.impl.TwinPackageImpl#getConditionCombination()
	 * @generated
	 */
	int CONDITION_COMBINATION = 35;

	/**
	 * The meta object id for the '{@link org.twinworks.model.TripAction <em>Trip Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.TripAction
	 * @see org.twinworks.model.impl.TwinPackageImpl#getTripAction()
	 * @generated
	 */
	int TRIP_ACTION = 36;

	/**
	 * The meta object id for the '{@link org.twinworks.model.EventSeverity <em>Event Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.EventSeverity
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEventSeverity()
	 * @generated
	 */
	int EVENT_SEVERITY = 37;

	/**
	 * The meta object id for the '{@link org.twinworks.model.SecurityPolicyKind <em>Security Policy Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.SecurityPolicyKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getSecurityPolicyKind()
	 * @generated
	 */
	int SECURITY_POLICY_KIND = 38;

	/**
	 * The meta object id for the '{@link org.twinworks.model.EndpointKind <em>Endpoint Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.EndpointKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getEndpointKind()
	 * @generated
	 */
	int ENDPOINT_KIND = 39;

	/**
	 * The meta object id for the '{@link org.twinworks.model.SecurityModeKind <em>Security Mode Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.SecurityModeKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getSecurityModeKind()
	 * @generated
	 */
	int SECURITY_MODE_KIND = 40;

	/**
	 * The meta object id for the '{@link org.twinworks.model.AuthenticationKind <em>Authentication Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.AuthenticationKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getAuthenticationKind()
	 * @generated
	 */
	int AUTHENTICATION_KIND = 41;

	/**
	 * The meta object id for the '{@link org.twinworks.model.DeadbandKind <em>Deadband Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.twinworks.model.DeadbandKind
	 * @see org.twinworks.model.impl.TwinPackageImpl#getDeadbandKind()
	 * @generated
	 */
	int DEADBAND_KIND = 42;


	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.twinworks.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.twinworks.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.twinworks.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Named#getSourceId <em>Source Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Id</em>'.
	 * @see org.twinworks.model.Named#getSourceId()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_SourceId();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Named#path() <em>Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Path</em>' operation.
	 * @see org.twinworks.model.Named#path()
	 * @generated
	 */
	EOperation getNamed__Path();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Plant <em>Plant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plant</em>'.
	 * @see org.twinworks.model.Plant
	 * @generated
	 */
	EClass getPlant();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Plant#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise</em>'.
	 * @see org.twinworks.model.Plant#getEnterprise()
	 * @see #getPlant()
	 * @generated
	 */
	EAttribute getPlant_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Plant#getNamespaceUri <em>Namespace Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace Uri</em>'.
	 * @see org.twinworks.model.Plant#getNamespaceUri()
	 * @see #getPlant()
	 * @generated
	 */
	EAttribute getPlant_NamespaceUri();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Plant#getEngineeringUnits <em>Engineering Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Engineering Units</em>'.
	 * @see org.twinworks.model.Plant#getEngineeringUnits()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_EngineeringUnits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Plant#getEquipmentTypes <em>Equipment Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Equipment Types</em>'.
	 * @see org.twinworks.model.Plant#getEquipmentTypes()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_EquipmentTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Plant#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see org.twinworks.model.Plant#getAreas()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Areas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Plant#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see org.twinworks.model.Plant#getConnections()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Connections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Plant#getControlLoops <em>Control Loops</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Control Loops</em>'.
	 * @see org.twinworks.model.Plant#getControlLoops()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_ControlLoops();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Plant#getInterlocks <em>Interlocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interlocks</em>'.
	 * @see org.twinworks.model.Plant#getInterlocks()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Interlocks();

	/**
	 * Returns the meta object for the containment reference '{@link org.twinworks.model.Plant#getTwin <em>Twin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Twin</em>'.
	 * @see org.twinworks.model.Plant#getTwin()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Twin();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Plant#uniqueTags(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Tags</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Tags</em>' operation.
	 * @see org.twinworks.model.Plant#uniqueTags(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlant__UniqueTags__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.EquipmentHolder <em>Equipment Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Equipment Holder</em>'.
	 * @see org.twinworks.model.EquipmentHolder
	 * @generated
	 */
	EClass getEquipmentHolder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.EquipmentHolder#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Equipment</em>'.
	 * @see org.twinworks.model.EquipmentHolder#getEquipment()
	 * @see #getEquipmentHolder()
	 * @generated
	 */
	EReference getEquipmentHolder_Equipment();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Area</em>'.
	 * @see org.twinworks.model.Area
	 * @generated
	 */
	EClass getArea();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Area#getWorkCenters <em>Work Centers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Work Centers</em>'.
	 * @see org.twinworks.model.Area#getWorkCenters()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_WorkCenters();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.WorkCenter <em>Work Center</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Center</em>'.
	 * @see org.twinworks.model.WorkCenter
	 * @generated
	 */
	EClass getWorkCenter();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.WorkCenter#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.twinworks.model.WorkCenter#getKind()
	 * @see #getWorkCenter()
	 * @generated
	 */
	EAttribute getWorkCenter_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.WorkCenter#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see org.twinworks.model.WorkCenter#getUnits()
	 * @see #getWorkCenter()
	 * @generated
	 */
	EReference getWorkCenter_Units();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit</em>'.
	 * @see org.twinworks.model.Unit
	 * @generated
	 */
	EClass getUnit();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Equipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Equipment</em>'.
	 * @see org.twinworks.model.Equipment
	 * @generated
	 */
	EClass getEquipment();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Equipment#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.model.Equipment#getTag()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Equipment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.twinworks.model.Equipment#getKind()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Equipment#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.twinworks.model.Equipment#getLevel()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_Level();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Equipment#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see org.twinworks.model.Equipment#getType()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_Type();

	/**
	 * Returns the meta object for the container reference '{@link org.twinworks.model.Equipment#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Holder</em>'.
	 * @see org.twinworks.model.Equipment#getHolder()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_Holder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Equipment#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.twinworks.model.Equipment#getProperties()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_Properties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Equipment#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.twinworks.model.Equipment#getPorts()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_Ports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Equipment#getSignals <em>Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signals</em>'.
	 * @see org.twinworks.model.Equipment#getSignals()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_Signals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Equipment#getEventRules <em>Event Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Event Rules</em>'.
	 * @see org.twinworks.model.Equipment#getEventRules()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_EventRules();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.EquipmentType <em>Equipment Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Equipment Type</em>'.
	 * @see org.twinworks.model.EquipmentType
	 * @generated
	 */
	EClass getEquipmentType();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EquipmentType#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.twinworks.model.EquipmentType#getKind()
	 * @see #getEquipmentType()
	 * @generated
	 */
	EAttribute getEquipmentType_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.EquipmentType#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.twinworks.model.EquipmentType#getPorts()
	 * @see #getEquipmentType()
	 * @generated
	 */
	EReference getEquipmentType_Ports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.EquipmentType#getSignals <em>Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signals</em>'.
	 * @see org.twinworks.model.EquipmentType#getSignals()
	 * @see #getEquipmentType()
	 * @generated
	 */
	EReference getEquipmentType_Signals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.EquipmentType#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.twinworks.model.EquipmentType#getProperties()
	 * @see #getEquipmentType()
	 * @generated
	 */
	EReference getEquipmentType_Properties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.EquipmentType#getEventRules <em>Event Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Event Rules</em>'.
	 * @see org.twinworks.model.EquipmentType#getEventRules()
	 * @see #getEquipmentType()
	 * @generated
	 */
	EReference getEquipmentType_EventRules();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.twinworks.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.twinworks.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.twinworks.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Property#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.twinworks.model.Property#getUnit()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Unit();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Property#validTime(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Time</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Time</em>' operation.
	 * @see org.twinworks.model.Property#validTime(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getProperty__ValidTime__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see org.twinworks.model.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Port#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.twinworks.model.Port#getDirection()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Port#getMedium <em>Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medium</em>'.
	 * @see org.twinworks.model.Port#getMedium()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Medium();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Port#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Equipment</em>'.
	 * @see org.twinworks.model.Port#getEquipment()
	 * @see #getPort()
	 * @generated
	 */
	EReference getPort_Equipment();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection</em>'.
	 * @see org.twinworks.model.Connection
	 * @generated
	 */
	EClass getConnection();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Connection#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.model.Connection#getTag()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Connection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.twinworks.model.Connection#getKind()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Connection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.twinworks.model.Connection#getSource()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Source();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Connection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.twinworks.model.Connection#getTarget()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Connection#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.twinworks.model.Connection#getProperties()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Properties();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Connection#compatiblePorts(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Compatible Ports</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Compatible Ports</em>' operation.
	 * @see org.twinworks.model.Connection#compatiblePorts(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConnection__CompatiblePorts__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Signal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal</em>'.
	 * @see org.twinworks.model.Signal
	 * @generated
	 */
	EClass getSignal();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Signal#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.model.Signal#getTag()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Signal#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.twinworks.model.Signal#getDirection()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Signal#getDataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Type</em>'.
	 * @see org.twinworks.model.Signal#getDataType()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_DataType();

	/**
	 * Returns the meta object for the attribute list '{@link org.twinworks.model.Signal#getEnumLiterals <em>Enum Literals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Enum Literals</em>'.
	 * @see org.twinworks.model.Signal#getEnumLiterals()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_EnumLiterals();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Signal#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.twinworks.model.Signal#getUnit()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Signal#getRangeLow <em>Range Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range Low</em>'.
	 * @see org.twinworks.model.Signal#getRangeLow()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_RangeLow();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Signal#getRangeHigh <em>Range High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range High</em>'.
	 * @see org.twinworks.model.Signal#getRangeHigh()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_RangeHigh();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Signal#getAlarmLimits <em>Alarm Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alarm Limits</em>'.
	 * @see org.twinworks.model.Signal#getAlarmLimits()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_AlarmLimits();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Signal#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access</em>'.
	 * @see org.twinworks.model.Signal#getAccess()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Access();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Signal#getNominalValue <em>Nominal Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nominal Value</em>'.
	 * @see org.twinworks.model.Signal#getNominalValue()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_NominalValue();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Signal#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.twinworks.model.Signal#getTemplate()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Template();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Signal#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Equipment</em>'.
	 * @see org.twinworks.model.Signal#getEquipment()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Equipment();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Signal#validRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Range</em>' operation.
	 * @see org.twinworks.model.Signal#validRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__ValidRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Signal#validAlarmLimits(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Alarm Limits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Alarm Limits</em>' operation.
	 * @see org.twinworks.model.Signal#validAlarmLimits(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__ValidAlarmLimits__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Signal#alarmsOnNumericOnly(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Alarms On Numeric Only</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Alarms On Numeric Only</em>' operation.
	 * @see org.twinworks.model.Signal#alarmsOnNumericOnly(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__AlarmsOnNumericOnly__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Signal#knownUnit(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Known Unit</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Known Unit</em>' operation.
	 * @see org.twinworks.model.Signal#knownUnit(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__KnownUnit__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.AlarmLimit <em>Alarm Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alarm Limit</em>'.
	 * @see org.twinworks.model.AlarmLimit
	 * @generated
	 */
	EClass getAlarmLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.AlarmLimit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.twinworks.model.AlarmLimit#getKind()
	 * @see #getAlarmLimit()
	 * @generated
	 */
	EAttribute getAlarmLimit_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.AlarmLimit#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.twinworks.model.AlarmLimit#getValue()
	 * @see #getAlarmLimit()
	 * @generated
	 */
	EAttribute getAlarmLimit_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.AlarmLimit#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.twinworks.model.AlarmLimit#getPriority()
	 * @see #getAlarmLimit()
	 * @generated
	 */
	EAttribute getAlarmLimit_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.AlarmLimit#getHysteresis <em>Hysteresis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hysteresis</em>'.
	 * @see org.twinworks.model.AlarmLimit#getHysteresis()
	 * @see #getAlarmLimit()
	 * @generated
	 */
	EAttribute getAlarmLimit_Hysteresis();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.EngineeringUnit <em>Engineering Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engineering Unit</em>'.
	 * @see org.twinworks.model.EngineeringUnit
	 * @generated
	 */
	EClass getEngineeringUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EngineeringUnit#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.twinworks.model.EngineeringUnit#getCode()
	 * @see #getEngineeringUnit()
	 * @generated
	 */
	EAttribute getEngineeringUnit_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EngineeringUnit#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.twinworks.model.EngineeringUnit#getSymbol()
	 * @see #getEngineeringUnit()
	 * @generated
	 */
	EAttribute getEngineeringUnit_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EngineeringUnit#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.twinworks.model.EngineeringUnit#getDescription()
	 * @see #getEngineeringUnit()
	 * @generated
	 */
	EAttribute getEngineeringUnit_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EngineeringUnit#getUnitId <em>Unit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Id</em>'.
	 * @see org.twinworks.model.EngineeringUnit#getUnitId()
	 * @see #getEngineeringUnit()
	 * @generated
	 */
	EAttribute getEngineeringUnit_UnitId();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.EngineeringUnit#knownCode(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Known Code</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Known Code</em>' operation.
	 * @see org.twinworks.model.EngineeringUnit#knownCode(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEngineeringUnit__KnownCode__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.ControlLoop <em>Control Loop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Control Loop</em>'.
	 * @see org.twinworks.model.ControlLoop
	 * @generated
	 */
	EClass getControlLoop();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.ControlLoop#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.model.ControlLoop#getTag()
	 * @see #getControlLoop()
	 * @generated
	 */
	EAttribute getControlLoop_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.ControlLoop#getControllerType <em>Controller Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Type</em>'.
	 * @see org.twinworks.model.ControlLoop#getControllerType()
	 * @see #getControlLoop()
	 * @generated
	 */
	EAttribute getControlLoop_ControllerType();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.ControlLoop#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.twinworks.model.ControlLoop#getAction()
	 * @see #getControlLoop()
	 * @generated
	 */
	EAttribute getControlLoop_Action();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.ControlLoop#getMeasuredValue <em>Measured Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measured Value</em>'.
	 * @see org.twinworks.model.ControlLoop#getMeasuredValue()
	 * @see #getControlLoop()
	 * @generated
	 */
	EReference getControlLoop_MeasuredValue();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.ControlLoop#getSetpoint <em>Setpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Setpoint</em>'.
	 * @see org.twinworks.model.ControlLoop#getSetpoint()
	 * @see #getControlLoop()
	 * @generated
	 */
	EReference getControlLoop_Setpoint();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.ControlLoop#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Output</em>'.
	 * @see org.twinworks.model.ControlLoop#getOutput()
	 * @see #getControlLoop()
	 * @generated
	 */
	EReference getControlLoop_Output();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.ControlLoop#getFinalElement <em>Final Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Final Element</em>'.
	 * @see org.twinworks.model.ControlLoop#getFinalElement()
	 * @see #getControlLoop()
	 * @generated
	 */
	EReference getControlLoop_FinalElement();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.ControlLoop#complete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Complete</em>' operation.
	 * @see org.twinworks.model.ControlLoop#complete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getControlLoop__Complete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Interlock <em>Interlock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interlock</em>'.
	 * @see org.twinworks.model.Interlock
	 * @generated
	 */
	EClass getInterlock();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Interlock#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.model.Interlock#getTag()
	 * @see #getInterlock()
	 * @generated
	 */
	EAttribute getInterlock_Tag();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Interlock#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.twinworks.model.Interlock#getConditions()
	 * @see #getInterlock()
	 * @generated
	 */
	EReference getInterlock_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Interlock#getCombination <em>Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Combination</em>'.
	 * @see org.twinworks.model.Interlock#getCombination()
	 * @see #getInterlock()
	 * @generated
	 */
	EAttribute getInterlock_Combination();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Interlock#getTrips <em>Trips</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trips</em>'.
	 * @see org.twinworks.model.Interlock#getTrips()
	 * @see #getInterlock()
	 * @generated
	 */
	EReference getInterlock_Trips();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Interlock#getTripAction <em>Trip Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trip Action</em>'.
	 * @see org.twinworks.model.Interlock#getTripAction()
	 * @see #getInterlock()
	 * @generated
	 */
	EAttribute getInterlock_TripAction();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Interlock#complete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Complete</em>' operation.
	 * @see org.twinworks.model.Interlock#complete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getInterlock__Complete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.InterlockCondition <em>Interlock Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interlock Condition</em>'.
	 * @see org.twinworks.model.InterlockCondition
	 * @generated
	 */
	EClass getInterlockCondition();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.InterlockCondition#getSignal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Signal</em>'.
	 * @see org.twinworks.model.InterlockCondition#getSignal()
	 * @see #getInterlockCondition()
	 * @generated
	 */
	EReference getInterlockCondition_Signal();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.InterlockCondition#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.twinworks.model.InterlockCondition#getOperator()
	 * @see #getInterlockCondition()
	 * @generated
	 */
	EAttribute getInterlockCondition_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.InterlockCondition#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.twinworks.model.InterlockCondition#getThreshold()
	 * @see #getInterlockCondition()
	 * @generated
	 */
	EAttribute getInterlockCondition_Threshold();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.EventRule <em>Event Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Rule</em>'.
	 * @see org.twinworks.model.EventRule
	 * @generated
	 */
	EClass getEventRule();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EventRule#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.twinworks.model.EventRule#getTag()
	 * @see #getEventRule()
	 * @generated
	 */
	EAttribute getEventRule_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EventRule#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.twinworks.model.EventRule#getSeverity()
	 * @see #getEventRule()
	 * @generated
	 */
	EAttribute getEventRule_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EventRule#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.twinworks.model.EventRule#getCondition()
	 * @see #getEventRule()
	 * @generated
	 */
	EAttribute getEventRule_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EventRule#getEndCondition <em>End Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Condition</em>'.
	 * @see org.twinworks.model.EventRule#getEndCondition()
	 * @see #getEventRule()
	 * @generated
	 */
	EAttribute getEventRule_EndCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.EventRule#getForDuration <em>For Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>For Duration</em>'.
	 * @see org.twinworks.model.EventRule#getForDuration()
	 * @see #getEventRule()
	 * @generated
	 */
	EAttribute getEventRule_ForDuration();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.EventRule#validExpressions(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Expressions</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Expressions</em>' operation.
	 * @see org.twinworks.model.EventRule#validExpressions(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEventRule__ValidExpressions__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.EventRule#uniqueTag(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Tag</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Tag</em>' operation.
	 * @see org.twinworks.model.EventRule#uniqueTag(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEventRule__UniqueTag__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Twin <em>Twin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Twin</em>'.
	 * @see org.twinworks.model.Twin
	 * @generated
	 */
	EClass getTwin();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Twin#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Endpoints</em>'.
	 * @see org.twinworks.model.Twin#getEndpoints()
	 * @see #getTwin()
	 * @generated
	 */
	EReference getTwin_Endpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.twinworks.model.Twin#getBindings <em>Bindings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bindings</em>'.
	 * @see org.twinworks.model.Twin#getBindings()
	 * @see #getTwin()
	 * @generated
	 */
	EReference getTwin_Bindings();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Twin#oneActiveBindingPerSignal(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>One Active Binding Per Signal</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>One Active Binding Per Signal</em>' operation.
	 * @see org.twinworks.model.Twin#oneActiveBindingPerSignal(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTwin__OneActiveBindingPerSignal__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see org.twinworks.model.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.twinworks.model.Endpoint#getUrl()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getSecurityPolicy <em>Security Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Policy</em>'.
	 * @see org.twinworks.model.Endpoint#getSecurityPolicy()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_SecurityPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getSecurityMode <em>Security Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Mode</em>'.
	 * @see org.twinworks.model.Endpoint#getSecurityMode()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_SecurityMode();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getAuthentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authentication</em>'.
	 * @see org.twinworks.model.Endpoint#getAuthentication()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Authentication();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.twinworks.model.Endpoint#getUsername()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#isLabMode <em>Lab Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lab Mode</em>'.
	 * @see org.twinworks.model.Endpoint#isLabMode()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_LabMode();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.twinworks.model.Endpoint#getKind()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getGroupId <em>Group Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Id</em>'.
	 * @see org.twinworks.model.Endpoint#getGroupId()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_GroupId();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Endpoint#getEdgeNodeId <em>Edge Node Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edge Node Id</em>'.
	 * @see org.twinworks.model.Endpoint#getEdgeNodeId()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_EdgeNodeId();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Endpoint#validUrl(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Url</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Url</em>' operation.
	 * @see org.twinworks.model.Endpoint#validUrl(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEndpoint__ValidUrl__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.twinworks.model.Binding <em>Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Binding</em>'.
	 * @see org.twinworks.model.Binding
	 * @generated
	 */
	EClass getBinding();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Binding#getSignal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Signal</em>'.
	 * @see org.twinworks.model.Binding#getSignal()
	 * @see #getBinding()
	 * @generated
	 */
	EReference getBinding_Signal();

	/**
	 * Returns the meta object for the reference '{@link org.twinworks.model.Binding#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Endpoint</em>'.
	 * @see org.twinworks.model.Binding#getEndpoint()
	 * @see #getBinding()
	 * @generated
	 */
	EReference getBinding_Endpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Binding#getNodeId <em>Node Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Id</em>'.
	 * @see org.twinworks.model.Binding#getNodeId()
	 * @see #getBinding()
	 * @generated
	 */
	EAttribute getBinding_NodeId();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Binding#getSamplingInterval <em>Sampling Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampling Interval</em>'.
	 * @see org.twinworks.model.Binding#getSamplingInterval()
	 * @see #getBinding()
	 * @generated
	 */
	EAttribute getBinding_SamplingInterval();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Binding#getQueueSize <em>Queue Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Size</em>'.
	 * @see org.twinworks.model.Binding#getQueueSize()
	 * @see #getBinding()
	 * @generated
	 */
	EAttribute getBinding_QueueSize();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Binding#getDeadbandKind <em>Deadband Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadband Kind</em>'.
	 * @see org.twinworks.model.Binding#getDeadbandKind()
	 * @see #getBinding()
	 * @generated
	 */
	EAttribute getBinding_DeadbandKind();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Binding#getDeadbandValue <em>Deadband Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadband Value</em>'.
	 * @see org.twinworks.model.Binding#getDeadbandValue()
	 * @see #getBinding()
	 * @generated
	 */
	EAttribute getBinding_DeadbandValue();

	/**
	 * Returns the meta object for the attribute '{@link org.twinworks.model.Binding#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.twinworks.model.Binding#isActive()
	 * @see #getBinding()
	 * @generated
	 */
	EAttribute getBinding_Active();

	/**
	 * Returns the meta object for the '{@link org.twinworks.model.Binding#validNode(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Node</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Node</em>' operation.
	 * @see org.twinworks.model.Binding#validNode(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBinding__ValidNode__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.WorkCenterKind <em>Work Center Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Center Kind</em>'.
	 * @see org.twinworks.model.WorkCenterKind
	 * @generated
	 */
	EEnum getWorkCenterKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.EquipmentKind <em>Equipment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Equipment Kind</em>'.
	 * @see org.twinworks.model.EquipmentKind
	 * @generated
	 */
	EEnum getEquipmentKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.EquipmentLevel <em>Equipment Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Equipment Level</em>'.
	 * @see org.twinworks.model.EquipmentLevel
	 * @generated
	 */
	EEnum getEquipmentLevel();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.PortDirection <em>Port Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Port Direction</em>'.
	 * @see org.twinworks.model.PortDirection
	 * @generated
	 */
	EEnum getPortDirection();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.Medium <em>Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Medium</em>'.
	 * @see org.twinworks.model.Medium
	 * @generated
	 */
	EEnum getMedium();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.ConnectionKind <em>Connection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Kind</em>'.
	 * @see org.twinworks.model.ConnectionKind
	 * @generated
	 */
	EEnum getConnectionKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.SignalDirection <em>Signal Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signal Direction</em>'.
	 * @see org.twinworks.model.SignalDirection
	 * @generated
	 */
	EEnum getSignalDirection();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.SignalDataType <em>Signal Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signal Data Type</em>'.
	 * @see org.twinworks.model.SignalDataType
	 * @generated
	 */
	EEnum getSignalDataType();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.Access <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access</em>'.
	 * @see org.twinworks.model.Access
	 * @generated
	 */
	EEnum getAccess();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.AlarmKind <em>Alarm Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Alarm Kind</em>'.
	 * @see org.twinworks.model.AlarmKind
	 * @generated
	 */
	EEnum getAlarmKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.AlarmPriority <em>Alarm Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Alarm Priority</em>'.
	 * @see org.twinworks.model.AlarmPriority
	 * @generated
	 */
	EEnum getAlarmPriority();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.ControllerType <em>Controller Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Controller Type</em>'.
	 * @see org.twinworks.model.ControllerType
	 * @generated
	 */
	EEnum getControllerType();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.ControlAction <em>Control Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Control Action</em>'.
	 * @see org.twinworks.model.ControlAction
	 * @generated
	 */
	EEnum getControlAction();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.ComparisonOperator <em>Comparison Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison Operator</em>'.
	 * @see org.twinworks.model.ComparisonOperator
	 * @generated
	 */
	EEnum getComparisonOperator();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.ConditionCombination <em>Condition Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition Combination</em>'.
	 * @see org.twinworks.model.ConditionCombination
	 * @generated
	 */
	EEnum getConditionCombination();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.TripAction <em>Trip Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trip Action</em>'.
	 * @see org.twinworks.model.TripAction
	 * @generated
	 */
	EEnum getTripAction();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.EventSeverity <em>Event Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Severity</em>'.
	 * @see org.twinworks.model.EventSeverity
	 * @generated
	 */
	EEnum getEventSeverity();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.SecurityPolicyKind <em>Security Policy Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security Policy Kind</em>'.
	 * @see org.twinworks.model.SecurityPolicyKind
	 * @generated
	 */
	EEnum getSecurityPolicyKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.EndpointKind <em>Endpoint Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Endpoint Kind</em>'.
	 * @see org.twinworks.model.EndpointKind
	 * @generated
	 */
	EEnum getEndpointKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.SecurityModeKind <em>Security Mode Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security Mode Kind</em>'.
	 * @see org.twinworks.model.SecurityModeKind
	 * @generated
	 */
	EEnum getSecurityModeKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.AuthenticationKind <em>Authentication Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Authentication Kind</em>'.
	 * @see org.twinworks.model.AuthenticationKind
	 * @generated
	 */
	EEnum getAuthenticationKind();

	/**
	 * Returns the meta object for enum '{@link org.twinworks.model.DeadbandKind <em>Deadband Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deadband Kind</em>'.
	 * @see org.twinworks.model.DeadbandKind
	 * @generated
	 */
	EEnum getDeadbandKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TwinFactory getTwinFactory();

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
		 * The meta object literal for the '{@link org.twinworks.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.NamedImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '<em><b>Source Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__SOURCE_ID = eINSTANCE.getNamed_SourceId();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NAMED___PATH = eINSTANCE.getNamed__Path();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.PlantImpl <em>Plant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.PlantImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getPlant()
		 * @generated
		 */
		EClass PLANT = eINSTANCE.getPlant();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANT__ENTERPRISE = eINSTANCE.getPlant_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Namespace Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANT__NAMESPACE_URI = eINSTANCE.getPlant_NamespaceUri();

		/**
		 * The meta object literal for the '<em><b>Engineering Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__ENGINEERING_UNITS = eINSTANCE.getPlant_EngineeringUnits();

		/**
		 * The meta object literal for the '<em><b>Equipment Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__EQUIPMENT_TYPES = eINSTANCE.getPlant_EquipmentTypes();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__AREAS = eINSTANCE.getPlant_Areas();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__CONNECTIONS = eINSTANCE.getPlant_Connections();

		/**
		 * The meta object literal for the '<em><b>Control Loops</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__CONTROL_LOOPS = eINSTANCE.getPlant_ControlLoops();

		/**
		 * The meta object literal for the '<em><b>Interlocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__INTERLOCKS = eINSTANCE.getPlant_Interlocks();

		/**
		 * The meta object literal for the '<em><b>Twin</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__TWIN = eINSTANCE.getPlant_Twin();

		/**
		 * The meta object literal for the '<em><b>Unique Tags</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLANT___UNIQUE_TAGS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlant__UniqueTags__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.EquipmentHolderImpl <em>Equipment Holder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.EquipmentHolderImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentHolder()
		 * @generated
		 */
		EClass EQUIPMENT_HOLDER = eINSTANCE.getEquipmentHolder();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT_HOLDER__EQUIPMENT = eINSTANCE.getEquipmentHolder_Equipment();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.AreaImpl <em>Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.AreaImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getArea()
		 * @generated
		 */
		EClass AREA = eINSTANCE.getArea();

		/**
		 * The meta object literal for the '<em><b>Work Centers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__WORK_CENTERS = eINSTANCE.getArea_WorkCenters();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.WorkCenterImpl <em>Work Center</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.WorkCenterImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getWorkCenter()
		 * @generated
		 */
		EClass WORK_CENTER = eINSTANCE.getWorkCenter();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_CENTER__KIND = eINSTANCE.getWorkCenter_Kind();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_CENTER__UNITS = eINSTANCE.getWorkCenter_Units();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.UnitImpl <em>Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.UnitImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getUnit()
		 * @generated
		 */
		EClass UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.EquipmentImpl <em>Equipment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.EquipmentImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipment()
		 * @generated
		 */
		EClass EQUIPMENT = eINSTANCE.getEquipment();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__TAG = eINSTANCE.getEquipment_Tag();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__KIND = eINSTANCE.getEquipment_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__LEVEL = eINSTANCE.getEquipment_Level();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__TYPE = eINSTANCE.getEquipment_Type();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__HOLDER = eINSTANCE.getEquipment_Holder();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__PROPERTIES = eINSTANCE.getEquipment_Properties();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__PORTS = eINSTANCE.getEquipment_Ports();

		/**
		 * The meta object literal for the '<em><b>Signals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__SIGNALS = eINSTANCE.getEquipment_Signals();

		/**
		 * The meta object literal for the '<em><b>Event Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__EVENT_RULES = eINSTANCE.getEquipment_EventRules();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.EquipmentTypeImpl <em>Equipment Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.EquipmentTypeImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentType()
		 * @generated
		 */
		EClass EQUIPMENT_TYPE = eINSTANCE.getEquipmentType();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_TYPE__KIND = eINSTANCE.getEquipmentType_Kind();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT_TYPE__PORTS = eINSTANCE.getEquipmentType_Ports();

		/**
		 * The meta object literal for the '<em><b>Signals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT_TYPE__SIGNALS = eINSTANCE.getEquipmentType_Signals();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT_TYPE__PROPERTIES = eINSTANCE.getEquipmentType_Properties();

		/**
		 * The meta object literal for the '<em><b>Event Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT_TYPE__EVENT_RULES = eINSTANCE.getEquipmentType_EventRules();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.PropertyImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__UNIT = eINSTANCE.getProperty_Unit();

		/**
		 * The meta object literal for the '<em><b>Valid Time</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROPERTY___VALID_TIME__DIAGNOSTICCHAIN_MAP = eINSTANCE.getProperty__ValidTime__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.PortImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__DIRECTION = eINSTANCE.getPort_Direction();

		/**
		 * The meta object literal for the '<em><b>Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__MEDIUM = eINSTANCE.getPort_Medium();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORT__EQUIPMENT = eINSTANCE.getPort_Equipment();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.ConnectionImpl <em>Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.ConnectionImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getConnection()
		 * @generated
		 */
		EClass CONNECTION = eINSTANCE.getConnection();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__TAG = eINSTANCE.getConnection_Tag();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__KIND = eINSTANCE.getConnection_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__SOURCE = eINSTANCE.getConnection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__TARGET = eINSTANCE.getConnection_Target();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__PROPERTIES = eINSTANCE.getConnection_Properties();

		/**
		 * The meta object literal for the '<em><b>Compatible Ports</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___COMPATIBLE_PORTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConnection__CompatiblePorts__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.SignalImpl <em>Signal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.SignalImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getSignal()
		 * @generated
		 */
		EClass SIGNAL = eINSTANCE.getSignal();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__TAG = eINSTANCE.getSignal_Tag();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__DIRECTION = eINSTANCE.getSignal_Direction();

		/**
		 * The meta object literal for the '<em><b>Data Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__DATA_TYPE = eINSTANCE.getSignal_DataType();

		/**
		 * The meta object literal for the '<em><b>Enum Literals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__ENUM_LITERALS = eINSTANCE.getSignal_EnumLiterals();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__UNIT = eINSTANCE.getSignal_Unit();

		/**
		 * The meta object literal for the '<em><b>Range Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__RANGE_LOW = eINSTANCE.getSignal_RangeLow();

		/**
		 * The meta object literal for the '<em><b>Range High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__RANGE_HIGH = eINSTANCE.getSignal_RangeHigh();

		/**
		 * The meta object literal for the '<em><b>Alarm Limits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__ALARM_LIMITS = eINSTANCE.getSignal_AlarmLimits();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__ACCESS = eINSTANCE.getSignal_Access();

		/**
		 * The meta object literal for the '<em><b>Nominal Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__NOMINAL_VALUE = eINSTANCE.getSignal_NominalValue();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__TEMPLATE = eINSTANCE.getSignal_Template();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__EQUIPMENT = eINSTANCE.getSignal_Equipment();

		/**
		 * The meta object literal for the '<em><b>Valid Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___VALID_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__ValidRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Alarm Limits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___VALID_ALARM_LIMITS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__ValidAlarmLimits__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Alarms On Numeric Only</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___ALARMS_ON_NUMERIC_ONLY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__AlarmsOnNumericOnly__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Known Unit</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___KNOWN_UNIT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__KnownUnit__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.AlarmLimitImpl <em>Alarm Limit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.AlarmLimitImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getAlarmLimit()
		 * @generated
		 */
		EClass ALARM_LIMIT = eINSTANCE.getAlarmLimit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_LIMIT__KIND = eINSTANCE.getAlarmLimit_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_LIMIT__VALUE = eINSTANCE.getAlarmLimit_Value();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_LIMIT__PRIORITY = eINSTANCE.getAlarmLimit_Priority();

		/**
		 * The meta object literal for the '<em><b>Hysteresis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_LIMIT__HYSTERESIS = eINSTANCE.getAlarmLimit_Hysteresis();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.EngineeringUnitImpl <em>Engineering Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.EngineeringUnitImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEngineeringUnit()
		 * @generated
		 */
		EClass ENGINEERING_UNIT = eINSTANCE.getEngineeringUnit();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEERING_UNIT__CODE = eINSTANCE.getEngineeringUnit_Code();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEERING_UNIT__SYMBOL = eINSTANCE.getEngineeringUnit_Symbol();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEERING_UNIT__DESCRIPTION = eINSTANCE.getEngineeringUnit_Description();

		/**
		 * The meta object literal for the '<em><b>Unit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEERING_UNIT__UNIT_ID = eINSTANCE.getEngineeringUnit_UnitId();

		/**
		 * The meta object literal for the '<em><b>Known Code</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ENGINEERING_UNIT___KNOWN_CODE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEngineeringUnit__KnownCode__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.ControlLoopImpl <em>Control Loop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.ControlLoopImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getControlLoop()
		 * @generated
		 */
		EClass CONTROL_LOOP = eINSTANCE.getControlLoop();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_LOOP__TAG = eINSTANCE.getControlLoop_Tag();

		/**
		 * The meta object literal for the '<em><b>Controller Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_LOOP__CONTROLLER_TYPE = eINSTANCE.getControlLoop_ControllerType();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_LOOP__ACTION = eINSTANCE.getControlLoop_Action();

		/**
		 * The meta object literal for the '<em><b>Measured Value</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_LOOP__MEASURED_VALUE = eINSTANCE.getControlLoop_MeasuredValue();

		/**
		 * The meta object literal for the '<em><b>Setpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_LOOP__SETPOINT = eINSTANCE.getControlLoop_Setpoint();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_LOOP__OUTPUT = eINSTANCE.getControlLoop_Output();

		/**
		 * The meta object literal for the '<em><b>Final Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_LOOP__FINAL_ELEMENT = eINSTANCE.getControlLoop_FinalElement();

		/**
		 * The meta object literal for the '<em><b>Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONTROL_LOOP___COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getControlLoop__Complete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.InterlockImpl <em>Interlock</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.InterlockImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getInterlock()
		 * @generated
		 */
		EClass INTERLOCK = eINSTANCE.getInterlock();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERLOCK__TAG = eINSTANCE.getInterlock_Tag();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERLOCK__CONDITIONS = eINSTANCE.getInterlock_Conditions();

		/**
		 * The meta object literal for the '<em><b>Combination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERLOCK__COMBINATION = eINSTANCE.getInterlock_Combination();

		/**
		 * The meta object literal for the '<em><b>Trips</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERLOCK__TRIPS = eINSTANCE.getInterlock_Trips();

		/**
		 * The meta object literal for the '<em><b>Trip Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERLOCK__TRIP_ACTION = eINSTANCE.getInterlock_TripAction();

		/**
		 * The meta object literal for the '<em><b>Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INTERLOCK___COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getInterlock__Complete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.InterlockConditionImpl <em>Interlock Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.InterlockConditionImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getInterlockCondition()
		 * @generated
		 */
		EClass INTERLOCK_CONDITION = eINSTANCE.getInterlockCondition();

		/**
		 * The meta object literal for the '<em><b>Signal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERLOCK_CONDITION__SIGNAL = eINSTANCE.getInterlockCondition_Signal();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERLOCK_CONDITION__OPERATOR = eINSTANCE.getInterlockCondition_Operator();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERLOCK_CONDITION__THRESHOLD = eINSTANCE.getInterlockCondition_Threshold();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.EventRuleImpl <em>Event Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.EventRuleImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEventRule()
		 * @generated
		 */
		EClass EVENT_RULE = eINSTANCE.getEventRule();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RULE__TAG = eINSTANCE.getEventRule_Tag();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RULE__SEVERITY = eINSTANCE.getEventRule_Severity();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RULE__CONDITION = eINSTANCE.getEventRule_Condition();

		/**
		 * The meta object literal for the '<em><b>End Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RULE__END_CONDITION = eINSTANCE.getEventRule_EndCondition();

		/**
		 * The meta object literal for the '<em><b>For Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_RULE__FOR_DURATION = eINSTANCE.getEventRule_ForDuration();

		/**
		 * The meta object literal for the '<em><b>Valid Expressions</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EVENT_RULE___VALID_EXPRESSIONS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEventRule__ValidExpressions__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Unique Tag</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EVENT_RULE___UNIQUE_TAG__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEventRule__UniqueTag__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.TwinImpl <em>Twin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.TwinImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getTwin()
		 * @generated
		 */
		EClass TWIN = eINSTANCE.getTwin();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TWIN__ENDPOINTS = eINSTANCE.getTwin_Endpoints();

		/**
		 * The meta object literal for the '<em><b>Bindings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TWIN__BINDINGS = eINSTANCE.getTwin_Bindings();

		/**
		 * The meta object literal for the '<em><b>One Active Binding Per Signal</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TWIN___ONE_ACTIVE_BINDING_PER_SIGNAL__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTwin__OneActiveBindingPerSignal__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.EndpointImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__URL = eINSTANCE.getEndpoint_Url();

		/**
		 * The meta object literal for the '<em><b>Security Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__SECURITY_POLICY = eINSTANCE.getEndpoint_SecurityPolicy();

		/**
		 * The meta object literal for the '<em><b>Security Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__SECURITY_MODE = eINSTANCE.getEndpoint_SecurityMode();

		/**
		 * The meta object literal for the '<em><b>Authentication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__AUTHENTICATION = eINSTANCE.getEndpoint_Authentication();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__USERNAME = eINSTANCE.getEndpoint_Username();

		/**
		 * The meta object literal for the '<em><b>Lab Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__LAB_MODE = eINSTANCE.getEndpoint_LabMode();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__KIND = eINSTANCE.getEndpoint_Kind();

		/**
		 * The meta object literal for the '<em><b>Group Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__GROUP_ID = eINSTANCE.getEndpoint_GroupId();

		/**
		 * The meta object literal for the '<em><b>Edge Node Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__EDGE_NODE_ID = eINSTANCE.getEndpoint_EdgeNodeId();

		/**
		 * The meta object literal for the '<em><b>Valid Url</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ENDPOINT___VALID_URL__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEndpoint__ValidUrl__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.impl.BindingImpl <em>Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.impl.BindingImpl
		 * @see org.twinworks.model.impl.TwinPackageImpl#getBinding()
		 * @generated
		 */
		EClass BINDING = eINSTANCE.getBinding();

		/**
		 * The meta object literal for the '<em><b>Signal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINDING__SIGNAL = eINSTANCE.getBinding_Signal();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINDING__ENDPOINT = eINSTANCE.getBinding_Endpoint();

		/**
		 * The meta object literal for the '<em><b>Node Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINDING__NODE_ID = eINSTANCE.getBinding_NodeId();

		/**
		 * The meta object literal for the '<em><b>Sampling Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINDING__SAMPLING_INTERVAL = eINSTANCE.getBinding_SamplingInterval();

		/**
		 * The meta object literal for the '<em><b>Queue Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINDING__QUEUE_SIZE = eINSTANCE.getBinding_QueueSize();

		/**
		 * The meta object literal for the '<em><b>Deadband Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINDING__DEADBAND_KIND = eINSTANCE.getBinding_DeadbandKind();

		/**
		 * The meta object literal for the '<em><b>Deadband Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINDING__DEADBAND_VALUE = eINSTANCE.getBinding_DeadbandValue();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINDING__ACTIVE = eINSTANCE.getBinding_Active();

		/**
		 * The meta object literal for the '<em><b>Valid Node</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BINDING___VALID_NODE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBinding__ValidNode__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.WorkCenterKind <em>Work Center Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.WorkCenterKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getWorkCenterKind()
		 * @generated
		 */
		EEnum WORK_CENTER_KIND = eINSTANCE.getWorkCenterKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.EquipmentKind <em>Equipment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.EquipmentKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentKind()
		 * @generated
		 */
		EEnum EQUIPMENT_KIND = eINSTANCE.getEquipmentKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.EquipmentLevel <em>Equipment Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.EquipmentLevel
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEquipmentLevel()
		 * @generated
		 */
		EEnum EQUIPMENT_LEVEL = eINSTANCE.getEquipmentLevel();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.PortDirection <em>Port Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.PortDirection
		 * @see org.twinworks.model.impl.TwinPackageImpl#getPortDirection()
		 * @generated
		 */
		EEnum PORT_DIRECTION = eINSTANCE.getPortDirection();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.Medium <em>Medium</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.Medium
		 * @see org.twinworks.model.impl.TwinPackageImpl#getMedium()
		 * @generated
		 */
		EEnum MEDIUM = eINSTANCE.getMedium();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.ConnectionKind <em>Connection Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.ConnectionKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getConnectionKind()
		 * @generated
		 */
		EEnum CONNECTION_KIND = eINSTANCE.getConnectionKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.SignalDirection <em>Signal Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.SignalDirection
		 * @see org.twinworks.model.impl.TwinPackageImpl#getSignalDirection()
		 * @generated
		 */
		EEnum SIGNAL_DIRECTION = eINSTANCE.getSignalDirection();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.SignalDataType <em>Signal Data Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.SignalDataType
		 * @see org.twinworks.model.impl.TwinPackageImpl#getSignalDataType()
		 * @generated
		 */
		EEnum SIGNAL_DATA_TYPE = eINSTANCE.getSignalDataType();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.Access <em>Access</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.Access
		 * @see org.twinworks.model.impl.TwinPackageImpl#getAccess()
		 * @generated
		 */
		EEnum ACCESS = eINSTANCE.getAccess();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.AlarmKind <em>Alarm Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.AlarmKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getAlarmKind()
		 * @generated
		 */
		EEnum ALARM_KIND = eINSTANCE.getAlarmKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.AlarmPriority <em>Alarm Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.AlarmPriority
		 * @see org.twinworks.model.impl.TwinPackageImpl#getAlarmPriority()
		 * @generated
		 */
		EEnum ALARM_PRIORITY = eINSTANCE.getAlarmPriority();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.ControllerType <em>Controller Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.ControllerType
		 * @see org.twinworks.model.impl.TwinPackageImpl#getControllerType()
		 * @generated
		 */
		EEnum CONTROLLER_TYPE = eINSTANCE.getControllerType();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.ControlAction <em>Control Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.ControlAction
		 * @see org.twinworks.model.impl.TwinPackageImpl#getControlAction()
		 * @generated
		 */
		EEnum CONTROL_ACTION = eINSTANCE.getControlAction();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.ComparisonOperator <em>Comparison Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.ComparisonOperator
		 * @see org.twinworks.model.impl.TwinPackageImpl#getComparisonOperator()
		 * @generated
		 */
		EEnum COMPARISON_OPERATOR = eINSTANCE.getComparisonOperator();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.ConditionCombination <em>Condition Combination</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.ConditionCombination
		 * @see org.twinworks.model.impl.TwinPackageImpl#getConditionCombination()
		 * @generated
		 */
		EEnum CONDITION_COMBINATION = eINSTANCE.getConditionCombination();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.TripAction <em>Trip Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.TripAction
		 * @see org.twinworks.model.impl.TwinPackageImpl#getTripAction()
		 * @generated
		 */
		EEnum TRIP_ACTION = eINSTANCE.getTripAction();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.EventSeverity <em>Event Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.EventSeverity
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEventSeverity()
		 * @generated
		 */
		EEnum EVENT_SEVERITY = eINSTANCE.getEventSeverity();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.SecurityPolicyKind <em>Security Policy Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.SecurityPolicyKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getSecurityPolicyKind()
		 * @generated
		 */
		EEnum SECURITY_POLICY_KIND = eINSTANCE.getSecurityPolicyKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.EndpointKind <em>Endpoint Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.EndpointKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getEndpointKind()
		 * @generated
		 */
		EEnum ENDPOINT_KIND = eINSTANCE.getEndpointKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.SecurityModeKind <em>Security Mode Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.SecurityModeKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getSecurityModeKind()
		 * @generated
		 */
		EEnum SECURITY_MODE_KIND = eINSTANCE.getSecurityModeKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.AuthenticationKind <em>Authentication Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.AuthenticationKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getAuthenticationKind()
		 * @generated
		 */
		EEnum AUTHENTICATION_KIND = eINSTANCE.getAuthenticationKind();

		/**
		 * The meta object literal for the '{@link org.twinworks.model.DeadbandKind <em>Deadband Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.twinworks.model.DeadbandKind
		 * @see org.twinworks.model.impl.TwinPackageImpl#getDeadbandKind()
		 * @generated
		 */
		EEnum DEADBAND_KIND = eINSTANCE.getDeadbandKind();

	}

} //TwinPackage
