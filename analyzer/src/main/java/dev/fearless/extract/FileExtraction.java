package dev.fearless.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.fearless.budget.Deadline;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Contract;
import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.ImportFacts;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Position;
import dev.fearless.facts.SuppressionRange;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.parse.ColumnMap;
import dev.fearless.parse.DocComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction of one compilation unit: declares its types, walks their members, and collects the
 * facts. One instance per file, used by one thread.
 */
final class FileExtraction {

    /** A comment about a run of fields: "the following fields", "these variables". */
    private static final java.util.regex.Pattern FOLLOWING_FIELDS = java.util.regex.Pattern.compile(
            "\\b(following|these|below)\\s+(\\w+\\s+){0,2}(fields|variables|members|state)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    final KnowledgeBase knowledge;
    final DispatchClassifier classifier;
    final FileNames names;
    final LockDiscipline lockDiscipline;
    final Positions positions;
    private final String packageName;
    private final List<ImportFacts> imports;
    private final Set<String> qualifierRoots = new HashSet<>();
    private final Map<String, TypeShape> shapes = new HashMap<>();
    /** By record declared in this file, its components whose accessor it does not declare itself ({@code from()} answers {@code from}). */
    private final Map<String, Set<String>> recordComponents = new HashMap<>();
    private final List<TypeExtraction> types = new ArrayList<>();
    private final List<SuppressionRange> suppressions = new ArrayList<>();
    private final Map<AccessPath, Value.PathValue> pathValues = new HashMap<>();
    private final List<DocComment> docs;
    /** The first of {@link #docs} ending on each line, by its index there; made on first use. */
    private Map<Integer, Integer> docsByEnd;
    /** When the extraction of this file must end (a huge generated file is cut off, not waited for). */
    final Deadline deadline;
    /** The file's methods that take or release a lock for their callers, as an earlier walk found them. */
    final LockWrappers wrappers;
    /** Those this walk finds. */
    final LockWrappers foundWrappers = new LockWrappers();

    FileExtraction(KnowledgeBase knowledge, DispatchClassifier classifier, String packageName, List<ImportFacts> imports,
                   ColumnMap columns, List<DocComment> docs, Deadline deadline, LockWrappers wrappers) {
        this.deadline = deadline;
        this.wrappers = wrappers;
        this.knowledge = knowledge;
        this.docs = docs;
        this.positions = new Positions(columns);
        this.classifier = classifier;
        this.packageName = packageName;
        this.imports = imports;
        this.names = new FileNames(packageName, imports, knowledge);
        this.lockDiscipline = new LockDiscipline(knowledge.methodNamesWith(MethodTrait.LOCK_RELEASE),
                knowledge.simpleQualifiedNamesWith(MethodTrait.TOTAL), lockViews(knowledge),
                knowledge.methodNamesWith(MethodTrait.LOCK_QUERY), plainAcquires(knowledge), wrappers);
        if (!packageName.isEmpty()) {
            qualifierRoots.add(head(packageName));
        }
        for (ImportFacts i : imports) {
            qualifierRoots.add(head(i.name()));
        }
    }

    FileFacts extract(CompilationUnit unit, String path) {
        for (TypeDeclaration<?> t : unit.getTypes()) {
            declareShapes(t, null, true);
        }
        for (TypeDeclaration<?> t : unit.getTypes()) {
            extractType(t, null, null, -1, Dispatch.NONE, false);
        }
        List<TypeFacts> built = new ArrayList<>(types.size());
        for (TypeExtraction t : types) {
            built.add(t.build());
        }
        for (DocComment d : docs) {
            if (knowledge.states(d.text(), Contract.DELIBERATE_RACE)) {
                suppressions.add(new SuppressionRange(d.endLine(), d.endLine() + 1, Set.of(SuppressionRange.DELIBERATE_RACE)));
            }
        }
        suppressions.addAll(InspectionComments.of(unit, docs, positions));
        int lines = unit.getRange().map(r -> r.end.line).orElse(0);
        List<AnnotationFacts> packageAnnotations = unit.getPackageDeclaration().map(FileExtraction::annotations).orElse(List.of());
        return new FileFacts(path, packageName, packageAnnotations, imports, built, suppressions, lines);
    }

    /** The one path value object for this path in this file (facts repeat the same few paths a lot). */
    Value.PathValue pathValue(AccessPath p) {
        return pathValues.computeIfAbsent(p, Value.PathValue::new);
    }

    /** The one instance of this path in this file. */
    AccessPath path(AccessPath p) {
        return pathValue(p).path();
    }

    boolean packageStartsWith(String segment) {
        return qualifierRoots.contains(segment);
    }

    /** The names of the methods that take a lock without being interruptible while they wait. */
    private static Set<String> plainAcquires(KnowledgeBase knowledge) {
        Set<String> names = new HashSet<>(knowledge.methodNamesWith(MethodTrait.LOCK_ACQUIRE));
        names.removeAll(knowledge.methodNamesWith(MethodTrait.LOCK_INTERRUPTIBLY));
        names.removeAll(knowledge.methodNamesWith(MethodTrait.INTERRUPTIBLE));
        return names;
    }

    /** The names of the methods that return a read-write lock's read or write lock. */
    private static Set<String> lockViews(KnowledgeBase knowledge) {
        Set<String> names = new HashSet<>(knowledge.methodNamesWith(MethodTrait.READ_LOCK));
        names.addAll(knowledge.methodNamesWith(MethodTrait.WRITE_LOCK));
        return names;
    }

    /** The superclass a class declaration names, as written, or {@code null}. */
    private static String superclassOf(TypeDeclaration<?> t) {
        return t instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.getExtendedTypes().isEmpty()
                ? c.getExtendedTypes().get(0).getNameWithScope() : null;
    }

    /**
     * The field named {@code name} that {@code shape} inherits from a superclass declared in this file (not
     * a private one, which is not inherited), with the shape that declares it; {@code null} when none.
     */
    Map.Entry<TypeShape, FieldShape> inheritedField(TypeShape shape, String name) {
        TypeShape t = shape;
        for (int depth = 0; depth < 8 && t.superclass != null; depth++) {
            TypeShape up = shapes.get(names.qualify(t.superclass));
            if (up == null || up == t) {
                return null;
            }
            FieldShape f = up.fields.get(name);
            if (f != null) {
                return Modifiers.has(f.modifiers(), Modifiers.PRIVATE) ? null : Map.entry(up, f);
            }
            t = up;
        }
        return null;
    }

    /** Whether {@code name()} on a value of {@code typeName} is the implicit accessor of a record component of this file. */
    boolean recordComponent(String typeName, String name) {
        return recordComponents.getOrDefault(typeName, Set.of()).contains(name);
    }

    /** The shape of a field of a type declared in this file, or {@code null}. */
    FieldShape fieldOf(String typeName, String field) {
        TypeShape shape = shapes.get(typeName);
        return shape == null ? null : shape.fields.get(field);
    }

    // ------------------------------------------------------------------------------------------
    // Declaring types before walking bodies

    private void declareShapes(TypeDeclaration<?> t, TypeShape enclosing, boolean staticContext) {
        String name = enclosing == null ? qualify(t.getNameAsString()) : enclosing.name + "." + t.getNameAsString();
        boolean hasOuter = enclosing != null && !staticContext && !t.isStatic() && isClass(t);
        TypeShape shape = new TypeShape(name, enclosing, hasOuter);
        shape.superclass = superclassOf(t);
        shapes.put(name, shape);
        names.declare(t.getNameAsString(), name);
        if (enclosing != null) {
            names.declare(enclosing.name.substring(enclosing.name.lastIndexOf('.') + 1) + "." + t.getNameAsString(), name);
        }
        collectFields(t.getMembers(), shape, isInterface(t));
        if (t instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration c : e.getEntries()) {
                shape.fields.put(c.getNameAsString(), new FieldShape(c.getNameAsString(), TypeRef.of(name),
                        Modifiers.PUBLIC | Modifiers.STATIC | Modifiers.FINAL, null, false));
            }
        }
        if (t instanceof RecordDeclaration r) {
            Set<String> components = new HashSet<>();
            for (Parameter p : r.getParameters()) {
                shape.fields.put(p.getNameAsString(), new FieldShape(p.getNameAsString(), TypeRefs.of(p.getType()),
                        Modifiers.PRIVATE | Modifiers.FINAL, null, false));
                if (r.getMethodsBySignature(p.getNameAsString()).isEmpty()) {
                    components.add(p.getNameAsString());
                }
            }
            recordComponents.put(name, components);
        }
        for (BodyDeclaration<?> member : t.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                declareShapes(nested, shape, nested.isStatic() || !isClass(nested) || isInterface(t));
            }
        }
    }

    private void collectFields(NodeList<BodyDeclaration<?>> members, TypeShape shape, boolean inInterface) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration fd) {
                int mods = modifiers(fd.getModifiers()) | (inInterface ? Modifiers.PUBLIC | Modifiers.STATIC | Modifiers.FINAL : 0);
                boolean guarded = fd.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals("GuardedBy"));
                for (VariableDeclarator v : fd.getVariables()) {
                    shape.fields.put(v.getNameAsString(), new FieldShape(v.getNameAsString(), TypeRefs.of(v.getType()),
                            mods, null, guarded));
                }
            }
        }
        LockAliases.collect(members, shape, knowledge);
    }

    // ------------------------------------------------------------------------------------------
    // Types

    private void extractType(TypeDeclaration<?> t, TypeExtraction outer, Scope parentScope, int enclosingMethod,
                             Dispatch dispatch, boolean local) {
        String name = outer == null ? qualify(t.getNameAsString()) : local
                ? outer.shape.name + "$" + (++outer.shape.localCount) + t.getNameAsString()
                : outer.shape.name + "." + t.getNameAsString();
        TypeShape shape = shapes.get(name);
        if (shape == null) {
            shape = new TypeShape(name, outer == null ? null : outer.shape, false);
            shape.superclass = superclassOf(t);
            shapes.put(name, shape);
            collectFields(t.getMembers(), shape, isInterface(t));
            if (t instanceof RecordDeclaration r) {
                for (Parameter p : r.getParameters()) {
                    shape.fields.put(p.getNameAsString(), new FieldShape(p.getNameAsString(), TypeRefs.of(p.getType()),
                            Modifiers.PRIVATE | Modifiers.FINAL, null, false));
                }
            }
            names.declare(t.getNameAsString(), name);
        }
        Scope typeScope = Scope.ofType(shape, parentScope);
        TypeFacts.Kind kind = kindOf(t);
        TypeRef superclass = TypeRef.UNKNOWN;
        List<TypeRef> interfaces = new ArrayList<>();
        if (t instanceof ClassOrInterfaceDeclaration c) {
            if (c.isInterface()) {
                c.getExtendedTypes().forEach(x -> interfaces.add(TypeRefs.of(x)));
            } else {
                c.getExtendedTypes().forEach(x -> {
                    TypeRef r = TypeRefs.of(x);
                    if (!r.name().isEmpty()) {
                        interfaces.add(0, r);
                    }
                });
                if (!interfaces.isEmpty()) {
                    superclass = interfaces.remove(0);
                }
                c.getImplementedTypes().forEach(x -> interfaces.add(TypeRefs.of(x)));
            }
        } else if (t instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(x -> interfaces.add(TypeRefs.of(x)));
        } else if (t instanceof RecordDeclaration r) {
            r.getImplementedTypes().forEach(x -> interfaces.add(TypeRefs.of(x)));
        }
        int mods = modifiers(t.getModifiers());
        boolean inner = outer != null && !t.isStatic() && kind == TypeFacts.Kind.CLASS && !outer.shape.name.isEmpty()
                && (local ? outer.shape.hasOuterInstance || enclosingMethod >= 0 : !isInterfaceKind(outer.kind));
        Position range = positions.of(t);
        TypeExtraction te = new TypeExtraction(shape, t.getNameAsString(), kind, mods, annotations(t), superclass,
                interfaces, outer == null ? "" : outer.shape.name, inner, enclosingMethod, dispatch,
                positions.of(t.getName()), range);
        te.documented = documented(range.line());
        te.callerConfined = documentedAs(range.line(), Contract.CONFINED_METHODS);
        types.add(te);
        suppress(t);
        if (t instanceof RecordDeclaration r) {
            for (Parameter p : r.getParameters()) {
                te.fields.add(new FieldFacts(p.getNameAsString(), TypeRefs.of(p.getType()),
                        Modifiers.PRIVATE | Modifiers.FINAL, annotations(p), Value.Absent.INSTANCE, positions.of(p.getName()),
                        null));
            }
        }
        if (t instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration c : e.getEntries()) {
                enumConstant(c, te, typeScope);
            }
        }
        extractMembers(t.getMembers(), te, typeScope, isInterface(t));
    }

    /** The contract the documentation comment right above a declaration starting at {@code line} states. */
    private Contract documented(int line) {
        DocComment d = docAbove(line);
        return d == null ? Contract.NONE : knowledge.documentedContract(d.text());
    }

    /** Whether the documentation comment right above a declaration starting at {@code line} states the contract. */
    private boolean documentedAs(int line, Contract contract) {
        DocComment d = docAbove(line);
        return d != null && knowledge.states(d.text(), contract);
    }

    private DocComment docAbove(int line) {
        if (docsByEnd == null) {
            docsByEnd = new java.util.HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                docsByEnd.putIfAbsent(docs.get(i).endLine(), i);
            }
        }
        Integer above = docsByEnd.get(line - 1);
        Integer at = docsByEnd.get(line);
        Integer first = above == null ? at : at == null ? above : Integer.valueOf(Math.min(above, at));
        return first == null ? null : docs.get(first);
    }

    /** An anonymous class body; returns its qualified name. */
    String anonymousType(ObjectCreationExpr creation, TypeRef created, TypeExtraction enclosing, Scope scope,
                         int enclosingMethod, boolean staticContext, Dispatch dispatch) {
        String name = enclosing.shape.name + "$" + (++enclosing.shape.anonymousCount);
        TypeShape shape = new TypeShape(name, enclosing.shape, !staticContext);
        shape.superclass = creation.getType().getNameWithScope();
        shapes.put(name, shape);
        NodeList<BodyDeclaration<?>> members = creation.getAnonymousClassBody().orElseGet(NodeList::new);
        collectFields(members, shape, false);
        Scope typeScope = Scope.ofType(shape, scope);
        TypeExtraction te = new TypeExtraction(shape, "", TypeFacts.Kind.ANONYMOUS, Modifiers.FINAL, List.of(), created,
                List.of(), enclosing.shape.name, !staticContext, enclosingMethod, dispatch,
                positions.of(creation.getType()), positions.of(creation));
        types.add(te);
        extractMembers(members, te, typeScope, false);
        return name;
    }

    /** A class or record declared inside a method body. */
    void localType(TypeDeclaration<?> t, TypeExtraction enclosing, Scope scope, int enclosingMethod,
                   boolean staticContext) {
        extractType(t, enclosing, scope, enclosingMethod, Dispatch.NONE, true);
    }

    private void enumConstant(EnumConstantDeclaration c, TypeExtraction te, Scope typeScope) {
        BodyExtractor init = te.initializer(true, this, typeScope, c);
        for (Expression arg : c.getArguments()) {
            init.walkInitializer(arg, LockSet.EMPTY);
        }
        String anonymous = "";
        if (!c.getClassBody().isEmpty()) {
            anonymous = te.shape.name + "$" + (++te.shape.anonymousCount);
            TypeShape shape = new TypeShape(anonymous, te.shape, false);
            shapes.put(anonymous, shape);
            collectFields(c.getClassBody(), shape, false);
            TypeExtraction body = new TypeExtraction(shape, "", TypeFacts.Kind.ANONYMOUS, Modifiers.FINAL, List.of(),
                    TypeRef.of(te.shape.name), List.of(), te.shape.name, false, -1, Dispatch.NONE,
                    positions.of(c.getName()), positions.of(c));
            types.add(body);
            extractMembers(c.getClassBody(), body, Scope.ofType(shape, typeScope), false);
        }
        te.fields.add(new FieldFacts(c.getNameAsString(), TypeRef.of(te.shape.name),
                Modifiers.PUBLIC | Modifiers.STATIC | Modifiers.FINAL, annotations(c),
                new Value.NewValue(TypeRef.of(te.shape.name), anonymous, -1), positions.of(c.getName()), null));
    }

    private void extractMembers(NodeList<BodyDeclaration<?>> members, TypeExtraction te, Scope typeScope,
                                boolean inInterface) {
        boolean runConfined = false; // under a comment that says who accesses "the following fields"
        for (BodyDeclaration<?> member : members) {
            if (!(member instanceof FieldDeclaration)) {
                runConfined = false;
            }
            if (member instanceof FieldDeclaration fd) {
                DocComment doc = docAbove(positions.of(fd).line());
                boolean confined = doc != null && knowledge.states(doc.text(), Contract.CONFINED_FIELD);
                runConfined = confined && FOLLOWING_FIELDS.matcher(doc.text()).find() || runConfined;
                field(fd, te, typeScope, inInterface, confined || runConfined);
            } else if (member instanceof MethodDeclaration md) {
                method(md, te, typeScope, inInterface);
            } else if (member instanceof ConstructorDeclaration cd) {
                callable(cd, te, typeScope, MethodFacts.Kind.CONSTRUCTOR, "<init>", TypeRef.of("void"),
                        cd.getBody(), modifiers(cd.getModifiers()));
            } else if (member instanceof CompactConstructorDeclaration cc) {
                int index = te.reserveMethod();
                BodyExtractor w = new BodyExtractor(this, te, null, index, false, typeScope, cc);
                for (FieldFacts f : te.fields) {
                    w.declareParameter(f.name(), f.type());
                }
                w.walkBody(cc.getBody(), LockSet.EMPTY);
                        te.setMethod(index, w.finish("<init>", MethodFacts.Kind.CONSTRUCTOR, modifiers(cc.getModifiers()),
                        annotations(cc), TypeRef.of("void"), false, positions.of(cc.getName()), positions.of(cc),
                        -1, -1, Dispatch.NONE));
                suppress(cc);
            } else if (member instanceof InitializerDeclaration id) {
                BodyExtractor init = te.initializer(id.isStatic(), this, typeScope, id);
                init.walkBody(id.getBody(), LockSet.EMPTY);
            } else if (member instanceof TypeDeclaration<?> nested) {
                extractType(nested, te, typeScope, -1, Dispatch.NONE, false);
            }
        }
    }

    private void field(FieldDeclaration fd, TypeExtraction te, Scope typeScope, boolean inInterface, boolean confined) {
        int mods = modifiers(fd.getModifiers()) | (inInterface ? Modifiers.PUBLIC | Modifiers.STATIC | Modifiers.FINAL : 0)
                | (confined ? Modifiers.CONFINED_FIELD : 0);
        if (documentedAs(positions.of(fd).line(), Contract.DELIBERATE_RACE)) {
            mods |= Modifiers.DELIBERATE_RACE;
        }
        List<AnnotationFacts> annotations = annotations(fd);
        suppress(fd);
        for (VariableDeclarator v : fd.getVariables()) {
            Value init = Value.Absent.INSTANCE;
            if (v.getInitializer().isPresent()) {
                BodyExtractor walker = te.initializer(Modifiers.has(mods, Modifiers.STATIC), this, typeScope, fd);
                init = walker.walkInitializer(v.getInitializer().get(), LockSet.EMPTY);
            }
            Position slot = fd.getVariables().size() == 1 ? positions.start(fd.getElementType()) : null;
            int own = OwnThreadTests.isOwnThreadMark(v, names, knowledge) ? Modifiers.OWN_THREAD_MARK : 0;
            te.fields.add(new FieldFacts(v.getNameAsString(), TypeRefs.of(v.getType()), mods | own, annotations, init,
                    positions.of(v.getName()), slot));
        }
    }

    private void method(MethodDeclaration md, TypeExtraction te, Scope typeScope, boolean inInterface) {
        int mods = modifiers(md.getModifiers());
        int line = positions.of(md).line();
        if (documented(line) == Contract.TEST_ONLY) {
            mods |= Modifiers.TEST_ONLY;
        }
        if (documentedAs(line, Contract.SERIAL_EXECUTOR)) {
            mods |= Modifiers.SERIAL_EXECUTOR;
        }
        if (te.callerConfined || documentedAs(line, Contract.CALLER_CONFINED)) {
            mods |= Modifiers.CALLER_CONFINED; // the method's comment, or its class's, says one thread runs it
        }
        if (documentedAs(line, Contract.SERIAL_CALLS)) {
            mods |= Modifiers.SERIAL_CALLS;
        }
        if (OwnThreadTests.isOwnThreadTest(md, names, knowledge)) {
            mods |= Modifiers.OWN_THREAD_TEST;
        }
        if (inInterface) {
            if (md.getBody().isEmpty()) {
                mods |= Modifiers.ABSTRACT;
            }
            if (!Modifiers.has(mods, Modifiers.PRIVATE)) {
                mods |= Modifiers.PUBLIC;
            }
        }
        callable(md, te, typeScope, MethodFacts.Kind.METHOD, md.getNameAsString(), TypeRefs.of(md.getType()),
                md.getBody().orElse(null), mods);
    }

    private void callable(CallableDeclaration<?> decl, TypeExtraction te, Scope typeScope, MethodFacts.Kind kind,
                          String name, TypeRef returnType, com.github.javaparser.ast.stmt.BlockStmt body, int mods) {
        int index = te.reserveMethod();
        boolean isStatic = Modifiers.has(mods, Modifiers.STATIC);
        BodyExtractor w = new BodyExtractor(this, te, null, index, isStatic, typeScope, decl);
        w.output().thrown(decl.getThrownExceptions().stream().map(t -> TypeRefs.of(t).name()).toList());
        boolean varargs = false;
        for (Parameter p : decl.getParameters()) {
            w.declareParameter(p, decl.getTypeParameters());
            varargs |= p.isVarArgs();
        }
        LockSet entry = LockSet.EMPTY;
        if (Modifiers.has(mods, Modifiers.SYNCHRONIZED)) {
            LockRef lock = isStatic ? LockRef.classMonitor(te.shape.name) : LockRef.monitor(AccessPath.THIS_PATH);
            w.acquireOnEntry(decl.getName(), lock);
            entry = entry.plus(lock);
        }
        LockSet end = body == null ? entry : w.walkBody(body, entry);
        MethodFacts facts = w.finish(name, kind, mods, annotations(decl), returnType, varargs,
                positions.of(decl.getName()), positions.of(decl), -1, -1, Dispatch.NONE);
        te.setMethod(index, facts);
        foundWrappers.note(te.shape.name, facts, body, end);
        suppress(decl);
    }

    // ------------------------------------------------------------------------------------------
    // Declarations

    /**
     * Notes the names a declaration's {@code @SuppressWarnings} lists, and those of SpotBugs'
     * {@code @SuppressFBWarnings} as {@code spotbugs:<pattern>} (its {@code justification} aside).
     */
    void suppress(Node declaration) {
        if (!(declaration instanceof NodeWithAnnotations<?> annotated)) {
            return;
        }
        for (AnnotationExpr a : annotated.getAnnotations()) {
            String name = a.getNameAsString();
            boolean spotbugs = knowledge.annotated(List.of(new AnnotationFacts(name, List.of())), AnnotationTrait.SUPPRESSES_SPOTBUGS);
            if (!spotbugs && !name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                continue;
            }
            Set<String> names = new HashSet<>();
            for (String value : annotationValues(a)) {
                if (!spotbugs) {
                    names.add(value);
                } else if (!value.contains("=")) {
                    names.add(SuppressionRange.SPOTBUGS + value);
                }
            }
            if (!names.isEmpty()) {
                Position range = positions.of(declaration);
                suppressions.add(new SuppressionRange(range.line(), range.endLine(), names));
            }
        }
    }

    private static List<AnnotationFacts> annotations(Node node) {
        if (!(node instanceof NodeWithAnnotations<?> annotated) || annotated.getAnnotations().isEmpty()) {
            return List.of();
        }
        List<AnnotationFacts> result = new ArrayList<>();
        for (AnnotationExpr a : annotated.getAnnotations()) {
            result.add(new AnnotationFacts(a.getNameAsString(), annotationValues(a)));
        }
        return result;
    }

    private static List<String> annotationValues(AnnotationExpr a) {
        List<String> values = new ArrayList<>();
        if (a instanceof SingleMemberAnnotationExpr single) {
            addValues(single.getMemberValue(), values, "");
        } else if (a instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                addValues(pair.getValue(), values, pair.getNameAsString().equals("value") ? "" : pair.getNameAsString() + "=");
            }
        }
        return values;
    }

    private static void addValues(Expression e, List<String> into, String prefix) {
        if (e instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> addValues(v, into, prefix));
        } else if (e instanceof StringLiteralExpr s) {
            into.add(prefix + s.getValue());
        } else {
            into.add(prefix + e);
        }
    }

    static int modifiers(NodeList<Modifier> modifiers) {
        int result = 0;
        for (Modifier m : modifiers) {
            result |= switch (m.getKeyword()) {
                case PUBLIC -> Modifiers.PUBLIC;
                case PROTECTED -> Modifiers.PROTECTED;
                case PRIVATE -> Modifiers.PRIVATE;
                case STATIC -> Modifiers.STATIC;
                case FINAL -> Modifiers.FINAL;
                case SYNCHRONIZED -> Modifiers.SYNCHRONIZED;
                case VOLATILE -> Modifiers.VOLATILE;
                case TRANSIENT -> Modifiers.TRANSIENT;
                case ABSTRACT -> Modifiers.ABSTRACT;
                case NATIVE -> Modifiers.NATIVE;
                case DEFAULT -> Modifiers.DEFAULT;
                case SEALED -> Modifiers.SEALED;
                default -> 0;
            };
        }
        return result;
    }

    private String qualify(String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    private static TypeFacts.Kind kindOf(TypeDeclaration<?> t) {
        if (t instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? TypeFacts.Kind.INTERFACE : TypeFacts.Kind.CLASS;
        }
        if (t instanceof EnumDeclaration) {
            return TypeFacts.Kind.ENUM;
        }
        if (t instanceof RecordDeclaration) {
            return TypeFacts.Kind.RECORD;
        }
        if (t instanceof AnnotationDeclaration) {
            return TypeFacts.Kind.ANNOTATION;
        }
        return TypeFacts.Kind.CLASS;
    }

    private static boolean isInterfaceKind(TypeFacts.Kind kind) {
        return kind == TypeFacts.Kind.INTERFACE || kind == TypeFacts.Kind.ANNOTATION;
    }

    private static boolean isInterface(TypeDeclaration<?> t) {
        return t instanceof ClassOrInterfaceDeclaration c && c.isInterface() || t instanceof AnnotationDeclaration;
    }

    private static boolean isClass(TypeDeclaration<?> t) {
        return t instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
    }

    private static String head(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    /** The name of a class type as written, for anonymous class supertypes. */
    static TypeRef typeOf(ClassOrInterfaceType t) {
        return TypeRefs.of(t);
    }
}
