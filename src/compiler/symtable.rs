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
    /// Errors found while collecting (e.g. nonlocal at module level): (message, span).
    pub errors: Vec<(String, Span)>,
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
            errors: Vec::new(),
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
    };
    b.stmts(&module.body);
    let mut table = b.table;
    for scope in &table.scopes {
        if let Some(e) = scope.errors.first() {
            return Err(e.clone());
        }
    }
    resolve(&mut table)?;
    Ok(table)
}

struct Builder {
    table: SymbolTable,
    current: usize,
    /// The enclosing class's name, for private name mangling.
    private: Option<String>,
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

    fn assign(&mut self, name: &str) {
        let name = self.mangle(name);
        self.scope().assigned.insert(name);
    }

    fn use_name(&mut self, name: &str) {
        let name = self.mangle(name);
        self.scope().used.insert(name);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, params: &Params) {
        for p in params
            .args
            .iter()
            .chain(params.vararg.iter())
            .chain(params.kwonly.iter())
            .chain(params.kwarg.iter())
        {
            let name = self.mangle(&p.name);
            self.scope().params.push(name);
            self.assign(&p.name);
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
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
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
            StmtKind::Global(names) => {
                for n in names {
                    let n = &self.mangle(n);
                    let scope = self.scope();
                    if scope.params.contains(n) {
                        scope
                            .errors
                            .push((format!("name '{n}' is parameter and global"), s.span));
                    }
                    scope.global_decl.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let n = &self.mangle(n);
                    let scope = self.scope();
                    if scope.kind == ScopeKind::Module {
                        scope.errors.push((
                            "nonlocal declaration not allowed at module level".into(),
                            s.span,
                        ));
                    } else if scope.params.contains(n) {
                        scope
                            .errors
                            .push((format!("name '{n}' is parameter and nonlocal"), s.span));
                    }
                    scope.nonlocal_decl.insert(n.clone());
                }
            }
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
                    self.assign(&bound);
                }
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star && self.table.scopes[self.current].kind == ScopeKind::Function {
                    self.scope()
                        .errors
                        .push(("import * only allowed at module level".into(), s.span));
                }
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.assign(&bound);
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

    fn comprehension(&mut self, key: usize, generators: &[Comprehension], elts: &[&Expr]) {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let saved = self.push_scope(ScopeKind::Function, "<comprehension>", key);
        self.scope().params.push(".0".into());
        self.assign(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
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
                let is_gen = matches!(e.kind, ExprKind::GeneratorExp { .. });
                self.comprehension(node_key(e), generators, &[elt]);
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
                self.comprehension(node_key(e), generators, &[key, value]);
            }
            ExprKind::Yield(v) => {
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.scope().is_generator = true;
                self.expr(v);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                // In a comprehension, the target binds in the enclosing function scope.
                if let ExprKind::Name(n) = &target.kind {
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
