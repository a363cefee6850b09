//! Scope analysis: decides, before any code is emitted, whether each name in each scope is
//! a fast local, a cell, a free variable, a global, or a class-namespace name.

use std::collections::{HashMap, HashSet};

use crate::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Fast local slot.
    Local,
    /// Local captured by an inner scope: lives in a cell.
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// Module global (explicit or implicit).
    Global,
    /// Class body namespace, falling back to globals.
    Name,
    /// Class body read of an enclosing function's variable.
    ClassDeref,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub params: Vec<String>,
    pub assigned: HashSet<String>,
    pub used: HashSet<String>,
    pub global_decl: HashSet<String>,
    pub nonlocal_decl: HashSet<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// Names of this scope captured by inner scopes.
    pub cells: Vec<String>,
    /// Names this scope captures from enclosing scopes, in first-capture order.
    pub frees: Vec<String>,
    pub resolved: HashMap<String, NameScope>,
    /// Locals in slot order (parameters first).
    pub locals: Vec<String>,
    /// CPython's symbol flags (`DEF_PARAM`, `USE`, ...) as the body is visited in source
    /// order, for the `global`/`nonlocal` declaration errors.
    flags: HashMap<String, u8>,
    /// `global` / `nonlocal` declarations in source order: (name, statement span).
    directives: Vec<(String, Span)>,
    /// For a comprehension scope: what CPython calls it in messages ("list comprehension").
    comprehension: Option<&'static str>,
    /// Names bound by this comprehension's `for` targets.
    comp_iter_vars: HashSet<String>,
    /// Nesting depth of comprehension iterables being visited in this scope.
    comp_iter_expr: u32,
}

/// CPython's symtable flags, as far as the declaration checks need them.
mod flag {
    pub const PARAM: u8 = 1;
    pub const USE: u8 = 2;
    pub const LOCAL: u8 = 4;
    pub const ANNOT: u8 = 8;
    pub const GLOBAL: u8 = 16;
    pub const NONLOCAL: u8 = 32;
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            params: Vec::new(),
            assigned: HashSet::new(),
            used: HashSet::new(),
            global_decl: HashSet::new(),
            nonlocal_decl: HashSet::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            cells: Vec::new(),
            frees: Vec::new(),
            resolved: HashMap::new(),
            locals: Vec::new(),
            flags: HashMap::new(),
            directives: Vec::new(),
            comprehension: None,
            comp_iter_vars: HashSet::new(),
            comp_iter_expr: 0,
        }
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Module => NameScope::Global,
            ScopeKind::Class => NameScope::Name,
            ScopeKind::Function => NameScope::Global,
        }
    }
}

/// All scopes of a module; `by_node` maps an AST node address to its scope id.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

pub fn build(module: &Module) -> Result<SymbolTable, (String, Span)> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
            by_node: HashMap::new(),
        },
        current: 0,
        private: None,
        error: None,
        comp_iter_target: false,
    };
    b.stmts(&module.body);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = b.table;
    resolve(&mut table)?;
    Ok(table)
}

struct Builder {
    table: SymbolTable,
    current: usize,
    /// The enclosing class's name, for private name mangling.
    private: Option<String>,
    /// The first error found, in source order, as CPython's symtable reports it.
    error: Option<(String, Span)>,
    /// Visiting a comprehension's `for` target.
    comp_iter_target: bool,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(self.current)));
        self.table.scopes[self.current].children.push(id);
        self.table.by_node.insert(key, id);
        let saved = self.current;
        self.current = id;
        saved
    }

    fn mangle(&self, name: &str) -> String {
        super::mangle(self.private.as_deref(), name).into_owned()
    }

    fn fail(&mut self, msg: String, span: Span) {
        if self.error.is_none() {
            self.error = Some((msg, span));
        }
    }

    fn add_flag(&mut self, mangled: &str, f: u8) {
        *self.scope().flags.entry(mangled.to_string()).or_insert(0) |= f;
    }

    fn flags_of(&self, mangled: &str) -> u8 {
        self.table.scopes[self.current]
            .flags
            .get(mangled)
            .copied()
            .unwrap_or(0)
    }

    /// A binding that CPython flags `DEF_LOCAL` (assignment, def, class, del, for, with...).
    fn assign(&mut self, name: &str) {
        let name = self.mangle(name);
        self.add_flag(&name, flag::LOCAL);
        if self.comp_iter_target {
            self.scope().comp_iter_vars.insert(name.clone());
        }
        self.scope().assigned.insert(name);
    }

    /// An import binding (`DEF_IMPORT`: not an error before a `global` declaration).
    fn assign_import(&mut self, name: &str) {
        let name = self.mangle(name);
        self.scope().assigned.insert(name);
    }

    fn use_name(&mut self, name: &str) {
        let name = self.mangle(name);
        self.add_flag(&name, flag::USE);
        self.scope().used.insert(name);
    }

    /// `global` / `nonlocal` names, with CPython's checks against earlier uses.
    fn declare(&mut self, names: &[String], span: Span, nonlocal: bool) {
        let what = if nonlocal { "nonlocal" } else { "global" };
        for n in names {
            let n = self.mangle(n);
            let cur = self.flags_of(&n);
            let msg = if cur & flag::PARAM != 0 {
                Some(format!("name '{n}' is parameter and {what}"))
            } else if cur & flag::USE != 0 {
                Some(format!("name '{n}' is used prior to {what} declaration"))
            } else if cur & flag::ANNOT != 0 {
                Some(format!("annotated name '{n}' can't be {what}"))
            } else if cur & flag::LOCAL != 0 {
                Some(format!(
                    "name '{n}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(msg) = msg {
                self.fail(msg, span);
            }
            self.add_flag(
                &n,
                if nonlocal {
                    flag::NONLOCAL
                } else {
                    flag::GLOBAL
                },
            );
            let scope = self.scope();
            scope.directives.push((n.clone(), span));
            if nonlocal {
                scope.nonlocal_decl.insert(n);
            } else {
                scope.global_decl.insert(n);
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, params: &Params) {
        // CPython adds positional, keyword-only, then `*args` and `**kwargs` parameters, and
        // reports the first repeated one.
        for p in params
            .args
            .iter()
            .chain(params.kwonly.iter())
            .chain(params.vararg.iter())
            .chain(params.kwarg.iter())
        {
            let name = self.mangle(&p.name);
            if self.flags_of(&name) & flag::PARAM != 0 {
                self.fail(
                    format!("duplicate argument '{}' in function definition", p.name),
                    p.span,
                );
            }
            self.add_flag(&name, flag::PARAM);
        }
        // Slot order: positional, `*args`, keyword-only, `**kwargs`.
        for p in params
            .args
            .iter()
            .chain(params.vararg.iter())
            .chain(params.kwonly.iter())
            .chain(params.kwarg.iter())
        {
            let name = self.mangle(&p.name);
            if !self.scope().params.contains(&name) {
                self.scope().params.push(name.clone());
            }
            self.scope().assigned.insert(name);
        }
    }

    fn param_defaults(&mut self, params: &Params) {
        for p in params.args.iter().chain(params.kwonly.iter()) {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
        for p in params
            .args
            .iter()
            .chain(params.vararg.iter())
            .chain(params.kwonly.iter())
            .chain(params.kwarg.iter())
        {
            if let Some(a) = &p.annotation {
                self.expr(a);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    // Loaded too, but CPython flags the target only as a binding.
                    let n = self.mangle(n);
                    self.scope().used.insert(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let ExprKind::Name(n) = &target.kind {
                    let mangled = self.mangle(n);
                    let cur = self.flags_of(&mangled);
                    if cur & (flag::GLOBAL | flag::NONLOCAL) != 0 && self.current != 0 {
                        let what = if cur & flag::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.fail(format!("annotated name '{n}' can't be {what}"), s.span);
                    }
                    self.add_flag(&mangled, flag::ANNOT);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
                if self.table.scopes[self.current].kind != ScopeKind::Function {
                    self.expr(annotation);
                }
                if value.is_some() || !matches!(target.kind, ExprKind::Name(_)) {
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local in a function.
                    self.assign(n);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Global(names) => self.declare(names, s.span, false),
            StmtKind::Nonlocal(names) => self.declare(names, s.span, true),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.assign_import(&bound);
                }
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star && self.table.scopes[self.current].kind == ScopeKind::Function {
                    // CPython points at the `*`.
                    let star_span = Span {
                        start: s.span.end.saturating_sub(1),
                        end: s.span.end,
                    };
                    self.fail("import * only allowed at module level".into(), star_span);
                }
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.assign_import(&bound);
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.param_defaults(&f.params);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.assign(&f.name);
                let saved = self.push_scope(ScopeKind::Function, &f.name, node_key(&**f));
                self.params(&f.params);
                self.stmts(&f.body);
                self.current = saved;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.assign(&c.name);
                let saved = self.push_scope(ScopeKind::Class, &c.name, node_key(&**c));
                let saved_private = self.private.replace(c.name.clone());
                self.stmts(&c.body);
                self.private = saved_private;
                self.current = saved;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.assign(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
        }
    }

    /// An assignment (or deletion) target.
    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.assign(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(
        &mut self,
        key: usize,
        what: &'static str,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.scope().comp_iter_expr += 1;
            self.expr(&first.iter);
            self.scope().comp_iter_expr -= 1;
        }
        let saved = self.push_scope(ScopeKind::Function, "<comprehension>", key);
        self.scope().comprehension = Some(what);
        self.scope().params.push(".0".into());
        self.scope().assigned.insert(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.scope().comp_iter_expr += 1;
                self.expr(&g.iter);
                self.scope().comp_iter_expr -= 1;
            }
            self.comp_iter_target = true;
            self.target(&g.target);
            self.comp_iter_target = false;
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.current = saved;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Constant(_) => {}
            ExprKind::FString(parts) => self.fstring_parts(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params);
                let saved = self.push_scope(ScopeKind::Function, "<lambda>", node_key(e));
                self.params(params);
                self.expr(body);
                self.current = saved;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let (is_gen, what) = match e.kind {
                    ExprKind::ListComp { .. } => (false, "list comprehension"),
                    ExprKind::SetComp { .. } => (false, "set comprehension"),
                    _ => (true, "generator expression"),
                };
                self.comprehension(node_key(e), what, generators, &[elt]);
                if is_gen {
                    let id = self.table.by_node[&node_key(e)];
                    self.table.scopes[id].is_generator = true;
                }
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(node_key(e), "dict comprehension", generators, &[key, value]);
            }
            ExprKind::Yield(v) => {
                self.check_comprehension_yield(e.span);
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.check_comprehension_yield(e.span);
                self.scope().is_generator = true;
                self.expr(v);
            }
            ExprKind::NamedExpr { target, value } => {
                if self.table.scopes[self.current].comp_iter_expr > 0 {
                    self.fail(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .into(),
                        e.span,
                    );
                }
                self.expr(value);
                // In a comprehension, the target binds in the enclosing function scope.
                if let ExprKind::Name(n) = &target.kind {
                    self.check_comprehension_walrus(n, target.span);
                    let n = &self.mangle(n);
                    let mut id = self.current;
                    while self.table.scopes[id].name == "<comprehension>" {
                        match self.table.scopes[id].parent {
                            Some(p) => {
                                self.table.scopes[id].nonlocal_decl.insert(n.clone());
                                id = p;
                            }
                            None => break,
                        }
                    }
                    self.table.scopes[id].assigned.insert(n.clone());
                    if self.table.scopes[id].kind == ScopeKind::Module && id != self.current {
                        let mut c = self.current;
                        while c != id {
                            self.table.scopes[c].nonlocal_decl.remove(n);
                            self.table.scopes[c].global_decl.insert(n.clone());
                            c = self.table.scopes[c].parent.unwrap_or(id);
                        }
                    }
                }
            }
        }
    }

    /// CPython's `'yield' inside list comprehension` (and the other kinds).
    fn check_comprehension_yield(&mut self, span: Span) {
        if let Some(what) = self.table.scopes[self.current].comprehension {
            self.fail(format!("'yield' inside {what}"), span);
        }
    }

    /// The checks of CPython's `symtable_extend_namedexpr_scope` for `name := ...` inside
    /// a comprehension.
    fn check_comprehension_walrus(&mut self, name: &str, span: Span) {
        let mangled = self.mangle(name);
        let mut id = self.current;
        while self.table.scopes[id].comprehension.is_some() {
            if self.table.scopes[id].comp_iter_vars.contains(&mangled) {
                self.fail(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    span,
                );
                return;
            }
            match self.table.scopes[id].parent {
                Some(p) => id = p,
                None => return,
            }
            if self.table.scopes[id].kind == ScopeKind::Class {
                self.fail(
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    span,
                );
                return;
            }
        }
    }

    fn fstring_parts(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Value { expr, spec, .. } = p {
                self.expr(expr);
                if let Some(spec) = spec {
                    self.fstring_parts(spec);
                }
            }
        }
    }
}

/// Decide every name's scope, innermost scopes first so captures propagate outwards.
fn resolve(table: &mut SymbolTable) -> Result<(), (String, Span)> {
    // Functions that mention `super` need the implicit `__class__` cell of their class.
    for id in 0..table.scopes.len() {
        if table.scopes[id].kind == ScopeKind::Function && table.scopes[id].used.contains("super") {
            table.scopes[id].used.insert("__class__".into());
        }
    }
    resolve_scope(table, 0)
}

fn resolve_scope(table: &mut SymbolTable, id: usize) -> Result<(), (String, Span)> {
    let kind = table.scopes[id].kind;
    // CPython's `analyze_name` errors, reported at the first declaration of the name.
    for (n, span) in &table.scopes[id].directives {
        let scope = &table.scopes[id];
        if !scope.nonlocal_decl.contains(n) {
            continue;
        }
        if scope.global_decl.contains(n) {
            return Err((format!("name '{n}' is nonlocal and global"), *span));
        }
        if kind == ScopeKind::Module {
            return Err((
                "nonlocal declaration not allowed at module level".into(),
                *span,
            ));
        }
        if find_enclosing_binding(table, id, n).is_none() {
            return Err((format!("no binding for nonlocal '{n}' found"), *span));
        }
    }
    {
        let scope = &mut table.scopes[id];
        let mut names: Vec<String> = scope
            .assigned
            .iter()
            .chain(scope.used.iter())
            .cloned()
            .collect();
        names.sort();
        names.dedup();
        let mut resolved = HashMap::new();
        for n in &names {
            let s = if scope.global_decl.contains(n) {
                NameScope::Global
            } else if scope.nonlocal_decl.contains(n) {
                NameScope::Free
            } else {
                match kind {
                    ScopeKind::Module => NameScope::Global,
                    ScopeKind::Class => NameScope::Name,
                    ScopeKind::Function => {
                        if scope.assigned.contains(n) {
                            NameScope::Local
                        } else {
                            NameScope::Global // refined below if an enclosing function binds it
                        }
                    }
                }
            };
            resolved.insert(n.clone(), s);
        }
        scope.resolved = resolved;
        // Parameters first, then other locals in sorted order for determinism.
        let mut locals: Vec<String> = scope.params.clone();
        for n in &names {
            if scope.resolved.get(n) == Some(&NameScope::Local) && !locals.contains(n) {
                locals.push(n.clone());
            }
        }
        scope.locals = locals;
    }
    // Implicit globals and explicit nonlocals of functions: look for an enclosing binding.
    let candidates: Vec<String> = {
        let scope = &table.scopes[id];
        let mut v: Vec<String> = scope
            .resolved
            .iter()
            .filter(|(n, s)| {
                (kind != ScopeKind::Module
                    && **s == NameScope::Global
                    && !scope.global_decl.contains(*n))
                    || (kind == ScopeKind::Class
                        && **s == NameScope::Name
                        && !scope.assigned.contains(*n))
                    || **s == NameScope::Free
            })
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    };
    for n in candidates {
        let explicit_nonlocal = table.scopes[id].nonlocal_decl.contains(&n);
        match find_enclosing_binding(table, id, &n) {
            Some(owner) => {
                mark_capture(table, id, owner, &n);
                let s = if kind == ScopeKind::Class {
                    NameScope::ClassDeref
                } else {
                    NameScope::Free
                };
                table.scopes[id].resolved.insert(n.clone(), s);
                if !table.scopes[id].frees.contains(&n) {
                    table.scopes[id].frees.push(n.clone());
                }
            }
            None if explicit_nonlocal => {
                return Err((
                    format!("no binding for nonlocal '{n}' found"),
                    Span::default(),
                ));
            }
            None => {}
        }
    }
    let children = table.scopes[id].children.clone();
    for c in children {
        resolve_scope(table, c)?;
    }
    Ok(())
}

/// The nearest enclosing scope that binds `name` as a function local (classes are skipped,
/// except that a class provides `__class__` to its methods).
fn find_enclosing_binding(table: &SymbolTable, id: usize, name: &str) -> Option<usize> {
    let mut cur = table.scopes[id].parent;
    while let Some(p) = cur {
        let scope = &table.scopes[p];
        match scope.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {
                if name == "__class__" {
                    return Some(p);
                }
            }
            ScopeKind::Function => {
                if scope.global_decl.contains(name) {
                    return None;
                }
                if scope.assigned.contains(name) && !scope.nonlocal_decl.contains(name) {
                    return Some(p);
                }
                if scope.nonlocal_decl.contains(name) || scope.frees.iter().any(|f| f == name) {
                    // Keep searching outwards; intermediate scopes pass it through.
                }
            }
        }
        cur = scope.parent;
    }
    None
}

/// Record that `name`, bound in `owner`, is captured by `user`: a cell in the owner and a
/// free variable in every function scope in between.
fn mark_capture(table: &mut SymbolTable, user: usize, owner: usize, name: &str) {
    let owner_scope = &mut table.scopes[owner];
    if !owner_scope.cells.iter().any(|c| c == name) {
        owner_scope.cells.push(name.to_string());
    }
    if owner_scope.kind == ScopeKind::Function {
        owner_scope
            .resolved
            .insert(name.to_string(), NameScope::Cell);
    }
    let mut cur = table.scopes[user].parent;
    while let Some(p) = cur {
        if p == owner {
            break;
        }
        let scope = &mut table.scopes[p];
        if scope.kind == ScopeKind::Function {
            if !scope.frees.iter().any(|f| f == name) {
                scope.frees.push(name.to_string());
            }
            scope
                .resolved
                .entry(name.to_string())
                .or_insert(NameScope::Free);
        } else if scope.kind == ScopeKind::Class && !scope.frees.iter().any(|f| f == name) {
            // A class between the owner and the user passes the cell through its closure.
            scope.frees.push(name.to_string());
        }
        cur = scope.parent;
    }
}
