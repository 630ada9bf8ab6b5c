// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.pid.EditorDiagrams;
import org.twinworks.pid.PlantDecorations;
import org.twinworks.diagram.overlay.DecorationProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.twinworks.model.Plant;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.provider.TwinItemProviderAdapterFactory;
import org.twinworks.model.validation.PlantValidator;
import org.twinworks.model.validation.ValidationProblem;
import org.twinworks.ui.emf.EmfPropertySourceProvider;
import org.twinworks.ui.emf.ViewerRefresher;
import org.twinworks.ui.iolist.IoListTable;

/**
 * The plant model editor: one editing domain and command stack per model file, shared by every page and
 * view of the model (tree, Properties, Outline; the diagram and I/O list pages join the same domain).
 * Over 500 lines: it still owns the model tree page and the load, save and reload life cycle (next splits).
 */
public final class PlantEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {
	public static final String ID = "org.twinworks.ui.editor.plant";
	/** The id of the diagram pages' context menu ({@code popup:} + it); the tree's is the editor's {@link #ID}. */
	public static final String DIAGRAM_MENU = ID + ".diagram";

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
			new HashMap<>());
	// the editor's own display: Display.getDefault() on another thread would make a second display there
	private Display display;
	private final CommandStackListener dirtyAndSelection = event -> {
		if (display != null && !display.isDisposed()) {
			display.asyncExec(this::afterCommand);
		}
	};
	private Path file;
	private LoadedPlant loaded;
	private TreeViewer tree;
	private Text filterBox;
	private ProblemsBanner banner;
	private ViewerRefresher refresher;
	private LocalResourceManager resources;
	private PlantEditorActions actions;
	private PlantOutlinePage outline;
	private PropertySheetPage propertySheet;
	private ExternalChangeWatcher watcher;
	private CTabFolder pages;
	private CTabItem ioListPage;
	private IoListTable ioList;
	private final SelectionProviderSwitch selectionSwitch = new SelectionProviderSwitch();
	private EditorDiagrams diagrams;
	private final PlantDecorations decorations = new PlantDecorations();
	private final EditorParticipants participants = new EditorParticipants();
	// the pages keep one provider for their lifetime; the participants' decorations follow each load of the plant
	private final DecorationProvider allDecorations = DecorationProvider.composite(decorations,
			participants::decorationsFor);
	private DiagramTabs diagramTabs;
	private PlantLabelProvider labels;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		display = site.getShell().getDisplay();
		setInputWithNotify(input);
		file = pathOf(input);
		setPartName(file.getFileName().toString());
		setTitleToolTip(file.toString());
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new TwinItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		PlantFiles.configure(domain.getResourceSet());
		loaded = PlantFiles.load(domain.getResourceSet(), file);
		diagrams = EditorDiagrams.open(domain.getResourceSet(), file);
		commandStack.addCommandStackListener(dirtyAndSelection);
	}

	static Path pathOf(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		throw new PartInitException("The plant editor opens local .twin files; cannot open " + input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		Composite area = new Composite(pages, SWT.NONE);
		CTabItem modelPage = new CTabItem(pages, SWT.NONE);
		modelPage.setText("Model");
		modelPage.setControl(area);
		ioListPage = new CTabItem(pages, SWT.NONE);
		ioListPage.setText("I/O List");
		diagramTabs = new DiagramTabs(pages, domain, diagrams, allDecorations, this::setUpDiagramPage);
		diagramTabs.create(loaded.resource(), loaded.plant());
		pages.setSelection(modelPage);
		pages.addListener(SWT.Selection, e -> pageChanged());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		banner = new ProblemsBanner(area);
		showProblems();
		filterBox = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterBox.setMessage("Filter by tag or name (Ctrl+F)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBox);
		tree = new FastExpandTreeViewer(area, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		tree.setUseHashlookup(true);
		tree.setContentProvider(new PlantContentProvider(adapterFactory));
		labels = new PlantLabelProvider(adapterFactory, participants::labelSuffix);
		tree.setLabelProvider(labels);
		TagOrNameFilter filter = new TagOrNameFilter();
		tree.setInput(loaded.resource());
		expandAreas();
		filterBox.addModifyListener(e -> {
			// the filter is installed only while it filters: JFace expands unfiltered trees faster
			boolean filtering = filter.update(filterBox.getText(), loaded.resource());
			if (filtering) {
				tree.setFilters(filter);
				tree.refresh();
				tree.expandAll();
			} else {
				tree.resetFilters();
				expandAreas();
			}
		});
		refresher = new ViewerRefresher(tree);
		adapterFactory.addListener(refresher);
		selectionSwitch.use(tree);
		getSite().setSelectionProvider(selectionSwitch);
		actions = new PlantEditorActions(domain, tree, filterBox, this::treeIsTheTarget, this::askToRevert,
				() -> validate(true));
		tree.addSelectionChangedListener(e -> updateSelectionActions());
		filterBox.addListener(SWT.FocusIn, e -> updateSelectionActions());
		filterBox.addListener(SWT.FocusOut, e -> updateSelectionActions());
		createContextMenu();
		TreeDragAndDrop.install(tree, domain);
		validate(false);
		workspaceFile().ifPresent(f -> watcher = new ExternalChangeWatcher(f, display, this::fileChangedOnDisk));
		plantLoaded();
	}

	/** The participants (the live side, say) contribute to the plant just loaded. */
	private void plantLoaded() {
		if (loaded.plant() != null) {
			participants.plantLoaded(new ParticipantContext(this, loaded.plant(), domain, tree, this::refreshDiagrams));
		}
	}

	/** The model's problems and its diagrams' in one banner. */
	private void showProblems() {
		List<FileProblem> all = new ArrayList<>(loaded.problems());
		all.addAll(diagrams.namedProblems());
		banner.show(new LoadedPlant(file, loaded.resource(), all, loaded.readable()));
	}

	private boolean treeIsTheTarget() {
		return pages.getSelectionIndex() == 0 && !filterBox.isFocusControl();
	}

	private void updateSelectionActions() {
		if (actions != null) {
			actions.update(isDirty());
		}
	}

	/** The editor's actions, for its contributor to install while it is active. */
	PlantEditorActions actions() {
		return actions;
	}

	private void pageChanged() {
		if (pages.getSelection() == ioListPage) {
			selectionSwitch.use(showIoList().selectionProvider());
			outlineShowsSignals();
		} else if (diagramTabs.contains(pages.getSelection())) {
			DiagramPage page = diagramTabs.page(pages.getSelection());
			if (page != null) {
				// what was selected in the tree is selected on the diagram, and back
				page.viewer().setSelection(tree.getSelection());
				selectionSwitch.use(page.viewer());
				outlineShows(page.viewer());
			}
		} else {
			if (selectionSwitch.getSelection() != null && !selectionSwitch.getSelection().isEmpty()) {
				tree.setSelection(selectionSwitch.getSelection(), true);
			}
			selectionSwitch.use(tree);
			outlineShows(null);
		}
		updateSelectionActions();
	}

	private void outlineShows(org.twinworks.diagram.ui.viewer.DiagramViewer diagram) {
		if (outline != null && outline.getControl() != null && !outline.getControl().isDisposed()) {
			outline.show(diagram);
		}
	}

	private void outlineShowsSignals() {
		if (outline != null && outline.getControl() != null && !outline.getControl().isDisposed()) {
			outline.showSignals(ioList);
		}
	}

	/** What the editor adds to each diagram page as it is built. */
	private void setUpDiagramPage(DiagramPage page) {
		page.addContextMenuItems(menu -> participants.fillContextMenu(menu, page.viewer().getSelection(),
				page.viewer().getControl().getShell()));
		participants.diagramPageCreated(page);
		getSite().registerContextMenu(DIAGRAM_MENU, page.contextMenu(), page.viewer());
		page.viewer()
				.setStatusLine(message -> getEditorSite().getActionBars().getStatusLineManager().setMessage(message));
	}

	/** Shows the first diagram page (creating the overview when the model has none); null without a plant. */
	public DiagramPage showDiagram() {
		CTabItem tab = diagramTabs.first();
		if (tab == null) {
			return null;
		}
		pages.setSelection(tab);
		pageChanged();
		return diagramTabs.page(tab);
	}

	public EditorDiagrams getDiagrams() {
		return diagrams;
	}

	/** Shows the I/O list page, building it on first use (20,000 signals take a moment). */
	public IoListTable showIoList() {
		if (ioList == null || ioList.control().isDisposed()) {
			ioList = new IoListTable(pages, domain, loaded.resource());
			participants.ioListCreated(ioList);
			ioListPage.setControl(ioList.control());
		}
		if (pages.getSelection() != ioListPage) {
			pages.setSelection(ioListPage);
			selectionSwitch.use(ioList.selectionProvider());
			outlineShowsSignals();
			updateSelectionActions();
		}
		return ioList;
	}

	/** Back to the model tree page. */
	public void showTree() {
		pages.setSelection(0);
		pageChanged();
	}

	/** Clean: reload at once. Unsaved changes: ask, they would be lost. */
	private void fileChangedOnDisk() {
		if (tree.getControl().isDisposed()) {
			return;
		}
		if (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), "File changed on disk", file
				+ " was changed outside Twinworks. Reload it and lose your unsaved changes?\n\n"
				+ "No keeps your version; saving it will overwrite the file (the other version is kept as .bak).")) {
			return;
		}
		reload();
	}

	/** Reads the file again into the same editing domain; the command stack starts afresh. */
	public void reload() {
		participants.close();
		Resource old = loaded.resource();
		old.unload();
		domain.getResourceSet().getResources().remove(old);
		loaded = PlantFiles.load(domain.getResourceSet(), file);
		diagrams.reload(file);
		commandStack.flush();
		showProblems();
		if (diagramTabs.contains(pages.getSelection())) {
			pages.setSelection(0);
			selectionSwitch.use(tree);
		}
		diagramTabs.create(loaded.resource(), loaded.plant());
		plantLoaded();
		tree.setInput(loaded.resource());
		expandAreas();
		if (ioList != null) {
			ioList.control().dispose();
			ioList = null;
			showTree();
		}
		if (outline != null && outline.getControl() != null && !outline.getControl().isDisposed()) {
			outline.setResource(loaded.resource());
		}
		validate(false);
		firePropertyChange(PROP_DIRTY);
	}

	/** The plant and its areas open, catalogues (units, types) closed: what engineers look at first. */
	private void expandAreas() {
		Plant plant = loaded.plant();
		if (plant != null) {
			tree.setExpandedState(plant, true);
			plant.getAreas().forEach(area -> tree.expandToLevel(area, 2));
		}
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopUp");
		menu.setRemoveAllWhenShown(true);
		CreateChildMenus createChild = new CreateChildMenus(domain, resources);
		menu.addMenuListener(m -> fillContextMenu(m, createChild));
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		getSite().registerContextMenu(menu, tree);
	}

	private void fillContextMenu(IMenuManager menu, CreateChildMenus createChild) {
		createChild.fill(menu, tree.getStructuredSelection());
		menu.add(new Separator());
		actions.fillContextMenu(menu);
		menu.add(new Separator());
		participants.fillContextMenu(menu, tree.getStructuredSelection(), getSite().getShell());
		menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Revert: asks before unsaved changes are dropped and the file is read again. */
	private void askToRevert() {
		if (isDirty() && MessageDialog.openQuestion(getSite().getShell(), "Revert",
				"Discard your unsaved changes and reload " + file.getFileName() + " from disk?")) {
			reload();
		}
	}

	/** After every execute, undo and redo: dirty flag, and select what the command affected. */
	private void afterCommand() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		updateSelectionActions();
		Command last = commandStack.getMostRecentCommand();
		if (last != null) {
			Collection<?> affected = last.getAffectedObjects();
			if (!affected.isEmpty()
					&& affected.stream().allMatch(o -> o instanceof EObject e && e.eResource() != null)) {
				tree.setSelection(new StructuredSelection(affected.toArray()), true);
			}
		}
		if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
			propertySheet.refresh();
		}
	}

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Path copy = SaveSupport.unreadableCopy(file);
		if (!loaded.readable() && !SaveSupport.confirmPartialSave(getSite().getShell(), file, copy)) {
			if (monitor != null) {
				monitor.setCanceled(true); // closing the editor must not take "No" for "saved"
			}
			return;
		}
		try {
			if (!loaded.readable()) {
				SaveSupport.keepUnreadable(file, copy);
			}
			Command prune = diagrams.pruneOrphans(domain, loaded.resource());
			if (prune.canExecute()) {
				commandStack.execute(prune);
			}
			List<FileProblem> problems = new ArrayList<>(PlantFiles.save(loaded.resource(), file));
			loaded = new LoadedPlant(file, loaded.resource(), List.copyOf(problems), true);
			diagrams.save();
			problems.addAll(diagrams.namedProblems());
			showProblems();
			if (watcher != null) {
				watcher.remember();
			}
			commandStack.saveIsDone();
			firePropertyChange(PROP_DIRTY);
			SaveSupport.refreshSaved(workspaceFile(), diagrams);
			SaveSupport.warnAboutProblems(getSite().getShell(), problems);
			validate(false);
		} catch (IOException e) {
			ILog.of(PlantEditor.class).error("Could not save " + file, e);
			MessageDialog.openError(getSite().getShell(), "Save failed",
					"Could not save " + file + ":\n" + e.getMessage() + "\n\nThe file on disk is unchanged.");
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	/** Save As: a copy of the model in another workspace file, which this editor then edits. */
	@Override
	public void doSaveAs() {
		SaveSupport.askSaveAsTarget(getSite().getShell(), workspaceFile()).ifPresent(this::saveAs);
	}

	/** Writes the model to {@code target} and continues editing there; false (with a message) on failure. */
	public boolean saveAs(IFile target) {
		if (!SaveSupport.writeCopy(getSite().getShell(), target, loaded.resource(), diagrams)) {
			return false;
		}
		if (watcher != null) {
			watcher.dispose();
		}
		workspaceFile().ifPresent(SaveSupport::deleteMarkers);
		Path location = target.getLocation().toPath();
		file = location;
		loaded.resource().setURI(org.eclipse.emf.common.util.URI.createFileURI(location.toString()));
		setInputWithNotify(new org.eclipse.ui.part.FileEditorInput(target));
		setPartName(target.getName());
		setTitleToolTip(location.toString());
		watcher = new ExternalChangeWatcher(target, display, this::fileChangedOnDisk);
		commandStack.saveIsDone();
		firePropertyChange(PROP_DIRTY);
		validate(false);
		return true;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	/** Runs every rule; with markers for a workspace file, and a dialog when asked for explicitly. */
	public List<ValidationProblem> validate(boolean report) {
		List<ValidationProblem> problems = loaded.plant() == null ? List.of() : PlantValidator.validate(loaded.plant());
		((PlantLabelProvider) tree.getLabelProvider()).showProblems(problems);
		tree.refresh(true);
		decorations.update(problems);
		refreshDiagrams();
		workspaceFile().ifPresent(f -> ProblemMarkers.replaceLater(f, problems, loaded.problems()));
		if (report) {
			long errors = problems.stream().filter(p -> p.severity() == ValidationProblem.Severity.ERROR).count();
			MessageDialog.openInformation(getSite().getShell(), "Validation",
					problems.isEmpty()
							? "No problems."
							: errors + " errors, " + (problems.size() - errors) + " warnings: see the Problems view.");
		}
		return problems;
	}

	/** Rebuilds the scenes of the diagram pages built so far (decorations are asked again). */
	private void refreshDiagrams() {
		if (diagramTabs != null) {
			diagramTabs.refresh();
		}
	}

	private java.util.Optional<IFile> workspaceFile() {
		return getEditorInput() instanceof IFileEditorInput input
				? java.util.Optional.of(input.getFile())
				: java.util.Optional.empty();
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String id = marker.getAttribute(ProblemMarkers.ELEMENT_ID, null);
		EObject element = id == null ? null : loaded.resource().getEObject(id);
		if (element != null) {
			select(element);
		}
	}

	public void select(Object element) {
		if (pages.getSelectionIndex() != 0) {
			showTree();
		}
		tree.setSelection(new StructuredSelection(element), true);
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public Resource getResource() {
		return loaded.resource();
	}

	public LoadedPlant getLoaded() {
		return loaded;
	}

	public TreeViewer getTreeViewer() {
		return tree;
	}

	public IAction getUndoAction() {
		return actions.undo();
	}

	public IAction getRedoAction() {
		return actions.redo();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new PlantOutlinePage(adapterFactory, participants::labelSuffix, loaded.resource(),
						this::select);
				DiagramPage shown = diagramTabs.built(pages.getSelection());
				if (shown != null) {
					outline.show(shown.viewer());
				} else if (pages.getSelection() == ioListPage && ioList != null) {
					outline.showSignals(ioList);
				}
			}
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class) {
			propertySheet = new TitledPropertySheetPage(
					new PlantLabelProvider(adapterFactory, participants::labelSuffix), actions.undo(), actions.redo());
			propertySheet
					.setPropertySourceProvider(new EmfPropertySourceProvider(adapterFactory, new PlantValueChecks()));
			return type.cast(propertySheet);
		}
		if (type == IGotoMarker.class) {
			return type.cast(this);
		}
		if (type == ISetSelectionTarget.class) {
			ISetSelectionTarget target = selection -> {
				if (selection instanceof StructuredSelection s && !s.isEmpty()) {
					select(s.getFirstElement());
				}
			};
			return type.cast(target);
		}
		T contributed = participants.getAdapter(type);
		// views find a model's live side this way (Adapters.adapt(editor, LiveModel.class))
		return contributed != null ? contributed : super.getAdapter(type);
	}

	@Override
	public void dispose() {
		participants.close();
		if (watcher != null) {
			watcher.dispose();
		}
		commandStack.removeCommandStackListener(dirtyAndSelection);
		if (refresher != null) {
			adapterFactory.removeListener(refresher);
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
