// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.releng.emfgen;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator outside Eclipse: {@code GenerateEmf <workspace> <project/path.genmodel>}. Every folder
 * of {@code <workspace>} is a project (platform:/resource/P/ maps to workspace/P/); model and edit code are
 * generated into the directories the genmodel names. Outside Eclipse EMF writes files through the resource
 * set's URI converter and skips the JDT formatter, which keeps the output the same on every machine.
 */
public final class GenerateEmf {

	private GenerateEmf() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: GenerateEmf <workspace> <project/path/to/x.genmodel>");
			System.err.println("(a genmodel without editPluginClass generates model code only)");
			System.exit(2);
		}
		File workspace = new File(args[0]).getCanonicalFile();
		ResourceSet resources = newResourceSet(workspace);
		Resource resource = resources.getResource(URI.createPlatformResourceURI(args[1], true), true);
		EcoreUtil.resolveAll(resources);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		// a notation-style model has no edit bundle: commands are built directly, not through item providers
		boolean withEdit = genModel.getEditPluginClass() != null && genModel.isSetEditDirectory();
		List<String> directories = withEdit ? List.of(genModel.getModelDirectory(), genModel.getEditDirectory())
				: List.of(genModel.getModelDirectory());
		for (String directory : directories) {
			String project = URI.createURI(directory.substring(1)).segment(0);
			mapProject(resources, project, new File(workspace, project));
		}
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setValidateModel(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			print(valid, "");
			System.exit(1);
		}
		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.getOptions().resourceSet = resources;
		generator.setInput(genModel);
		List<Object> types = withEdit
				? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		for (Object type : types) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
			print(result, "");
			if (result.getSeverity() == Diagnostic.ERROR) {
				System.exit(1);
			}
		}
	}

	private static ResourceSet newResourceSet(File workspace) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		File[] projects = workspace.listFiles(File::isDirectory);
		for (File project : projects == null ? new File[0] : projects) {
			mapProject(resources, project.getName(), project);
		}
		return resources;
	}

	private static void mapProject(ResourceSet resources, String project, File folder) {
		resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", true),
				URI.createFileURI(folder.getAbsolutePath() + File.separator));
	}

	private static void print(Diagnostic diagnostic, String indent) {
		if (diagnostic.getSeverity() != Diagnostic.OK && !diagnostic.getMessage().isBlank()) {
			System.err.println(indent + diagnostic.getMessage());
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			print(child, indent + "  ");
		}
	}
}
