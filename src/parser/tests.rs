//! Parser tests: precedence, spans, every statement kind, CPython's error messages, and
//! robustness against arbitrary input.

use super::*;
use crate::ast::*;
use crate::syntax_error::{SyntaxErrorKind, format_syntax_error};

fn parse(src: &str) -> Module {
    parse_module(src)
        .unwrap_or_else(|e| panic!("{src:?}: {}", format_syntax_error("t.py", src, &e)))
}

fn err(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(e) => e,
    }
}

/// The full CPython-style report for `src` (file name `prog.py`).
fn report(src: &str) -> String {
    format_syntax_error("prog.py", src, &err(src))
}

fn msg(src: &str) -> String {
    err(src).msg
}

/// A compact S-expression rendering of an expression.
fn sx(e: &Expr) -> String {
    let list = |v: &[Expr]| v.iter().map(sx).collect::<Vec<_>>().join(" ");
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(b) => format!("{b}n"),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Str(s) => format!("{s:?}"),
        },
        ExprKind::FString(parts) => {
            let p: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    FStringPart::Literal(s) => format!("{s:?}"),
                    FStringPart::Value {
                        expr,
                        conversion,
                        spec,
                        debug_text,
                    } => {
                        let mut s = format!("{{{}", sx(expr));
                        if let Some(d) = debug_text {
                            s.push_str(&format!(" ={d:?}"));
                        }
                        if let Some(c) = conversion {
                            s.push_str(&format!(" !{c}"));
                        }
                        if let Some(spec) = spec {
                            let inner = Expr {
                                kind: ExprKind::FString(spec.clone()),
                                span: e.span,
                            };
                            s.push_str(&format!(" :{}", sx(&inner)));
                        }
                        s.push('}');
                        s
                    }
                })
                .collect();
            format!("(f {})", p.join(" "))
        }
        ExprKind::List(v) => format!("[{}]", list(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::Set(v) => format!("{{{}}}", list(v)),
        ExprKind::Dict(items) => {
            let p: Vec<String> = items
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", sx(k), sx(v)),
                    None => format!("**{}", sx(v)),
                })
                .collect();
            format!("(dict {})", p.join(" "))
        }
        ExprKind::Starred(v) => format!("*{}", sx(v)),
        ExprKind::BinOp { left, op, right } => format!("({op:?} {} {})", sx(left), sx(right)),
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sx(operand)),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", sx(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {o:?} {}", sx(c)));
            }
            s + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), sx(body), sx(orelse))
        }
        ExprKind::Lambda { params, body } => format!("(lambda {} {})", sp(params), sx(body)),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut s = format!("(call {}", sx(func));
            for a in args {
                s.push(' ');
                s.push_str(&sx(a));
            }
            for k in keywords {
                match &k.name {
                    Some(n) => s.push_str(&format!(" {n}={}", sx(&k.value))),
                    None => s.push_str(&format!(" **{}", sx(&k.value))),
                }
            }
            s + ")"
        }
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", sx(value)),
        ExprKind::Subscript { value, index } => format!("{}[{}]", sx(value), sx(index)),
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map_or("_".to_string(), |e| sx(e));
            format!("(slice {} {} {})", o(lower), o(upper), o(step))
        }
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {}{})", sx(elt), sg(generators))
        }
        ExprKind::SetComp { elt, generators } => format!("(setcomp {}{})", sx(elt), sg(generators)),
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {}{})", sx(elt), sg(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            format!("(dictcomp {}:{}{})", sx(key), sx(value), sg(generators))
        }
        ExprKind::Yield(v) => match v {
            Some(v) => format!("(yield {})", sx(v)),
            None => "(yield)".into(),
        },
        ExprKind::YieldFrom(v) => format!("(yieldfrom {})", sx(v)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", sx(target), sx(value)),
    }
}

fn sg(gens: &[Comprehension]) -> String {
    let mut s = String::new();
    for g in gens {
        s.push_str(&format!(" for {} in {}", sx(&g.target), sx(&g.iter)));
        for i in &g.ifs {
            s.push_str(&format!(" if {}", sx(i)));
        }
    }
    s
}

fn sp(p: &Params) -> String {
    let one = |p: &Param| {
        let mut s = p.name.clone();
        if let Some(a) = &p.annotation {
            s.push_str(&format!(":{}", sx(a)));
        }
        if let Some(d) = &p.default {
            s.push_str(&format!("={}", sx(d)));
        }
        s
    };
    let mut v: Vec<String> = p.args.iter().map(one).collect();
    if let Some(a) = &p.vararg {
        v.push(format!("*{}", one(a)));
    } else if !p.kwonly.is_empty() {
        v.push("*".into());
    }
    v.extend(p.kwonly.iter().map(one));
    if let Some(a) = &p.kwarg {
        v.push(format!("**{}", one(a)));
    }
    format!("({})", v.join(" "))
}

/// The single expression of an expression statement.
fn ex(src: &str) -> String {
    let m = parse(src);
    match &m.body[..] {
        [
            Stmt {
                kind: StmtKind::Expr(e),
                ..
            },
        ] => sx(e),
        other => panic!("{other:?}"),
    }
}

/// The single statement of `src`.
fn st(src: &str) -> StmtKind {
    let mut m = parse(src);
    assert_eq!(m.body.len(), 1, "{src:?}");
    m.body.pop().unwrap().kind
}

fn text(src: &str, span: Span) -> &str {
    &src[span.start as usize..span.end as usize]
}

// ----- expressions -----

#[test]
fn arithmetic_precedence() {
    assert_eq!(ex("1 + 2 * 3 - 4"), "(Sub (Add 1 (Mul 2 3)) 4)");
    assert_eq!(
        ex("a / b // c % d @ e"),
        "(MatMult (Mod (FloorDiv (Div a b) c) d) e)".replace("MatMult", "MatMul")
    );
    assert_eq!(
        ex("a | b ^ c & d << e + f"),
        "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))"
    );
    assert_eq!(ex("a >> b - -c"), "(RShift a (Sub b (Neg c)))");
}

#[test]
fn power_and_unary() {
    assert_eq!(ex("-2**2"), "(Neg (Pow 2 2))");
    assert_eq!(ex("2**-1"), "(Pow 2 (Neg 1))");
    assert_eq!(ex("2**3**2"), "(Pow 2 (Pow 3 2))");
    assert_eq!(ex("~a ** b"), "(Invert (Pow a b))");
    assert_eq!(ex("+-~x"), "(Pos (Neg (Invert x)))");
    assert_eq!(ex("a.b ** c[0]"), "(Pow a.b c[0])");
}

#[test]
fn boolean_and_not() {
    assert_eq!(ex("a or b and not c"), "(Or a (And b (Not c)))");
    assert_eq!(ex("a and b and c or d or e"), "(Or (And a b c) d e)");
    assert_eq!(ex("not a == b"), "(Not (cmp a Eq b))");
    assert_eq!(ex("not not x"), "(Not (Not x))");
}

#[test]
fn chained_comparisons() {
    assert_eq!(ex("a < b <= c != d"), "(cmp a Lt b LtE c NotEq d)");
    assert_eq!(
        ex("a not in b is not c in d is e"),
        "(cmp a NotIn b IsNot c In d Is e)"
    );
    assert_eq!(
        ex("a + 1 > b * 2 == c"),
        "(cmp (Add a 1) Gt (Mul b 2) Eq c)"
    );
}

#[test]
fn conditional_and_lambda() {
    assert_eq!(ex("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(ex("lambda: 0"), "(lambda () 0)");
    assert_eq!(
        ex("lambda a, b=1, *args, c, d=2, **kw: a"),
        "(lambda (a b=1 *args c d=2 **kw) a)"
    );
    assert_eq!(ex("lambda *, k: k"), "(lambda (* k) k)");
    assert_eq!(
        ex("lambda x: lambda y: x if y else y"),
        "(lambda (x) (lambda (y) (if y x y)))"
    );
}

#[test]
fn calls() {
    assert_eq!(ex("f(a, *b, c=1, *d, **e)"), "(call f a *b *d c=1 **e)");
    assert_eq!(ex("f(x for x in y)"), "(call f (genexp x for x in y))");
    assert_eq!(ex("f()()"), "(call (call f))");
    assert_eq!(ex("f(x := 1)"), "(call f (:= x 1))");
    assert_eq!(ex("obj.m(1,)[2].n"), "(call obj.m 1)[2].n");
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(ex("a[1:2, 3]"), "a[(tuple (slice 1 2 _) 3)]");
    assert_eq!(ex("a[::2]"), "a[(slice _ _ 2)]");
    assert_eq!(ex("a[:]"), "a[(slice _ _ _)]");
    assert_eq!(ex("a[x:]"), "a[(slice x _ _)]");
    assert_eq!(ex("a[b, c]"), "a[(tuple b c)]");
    assert_eq!(ex("a[b,]"), "a[(tuple b)]");
    assert_eq!(ex("a[1:2:3][i]"), "a[(slice 1 2 3)][i]");
}

#[test]
fn displays() {
    assert_eq!(ex("[1, *a, 2,]"), "[1 *a 2]");
    assert_eq!(ex("()"), "(tuple )");
    assert_eq!(ex("(1,)"), "(tuple 1)");
    assert_eq!(ex("(1)"), "1");
    assert_eq!(ex("{}"), "(dict )");
    assert_eq!(ex("{1, 2}"), "{1 2}");
    assert_eq!(ex("{'a': 1, **b, c: d}"), "(dict \"a\":1 **b c:d)");
    assert_eq!(ex("..., None, True, False"), "(tuple ... None True False)");
}

#[test]
fn comprehensions() {
    assert_eq!(
        ex("[x * y for x in a if x if not y for y in b]"),
        "(listcomp (Mul x y) for x in a if x if (Not y) for y in b)"
    );
    assert_eq!(
        ex("{k: v for k, v in d}"),
        "(dictcomp k:v for (tuple k v) in d)"
    );
    assert_eq!(ex("{x for x, in s}"), "(setcomp x for (tuple x) in s)");
    assert_eq!(
        ex("(x for x in range(3))"),
        "(genexp x for x in (call range 3))"
    );
    assert_eq!(
        ex("[y := f(x) for x in a]"),
        "(listcomp (:= y (call f x)) for x in a)"
    );
}

#[test]
fn numbers_and_bigints() {
    assert_eq!(ex("9223372036854775807"), "9223372036854775807");
    assert_eq!(ex("9223372036854775808"), "9223372036854775808n");
    assert_eq!(ex("0xffff_ffff_ffff_ffff_ff"), "4722366482869645213695n");
    assert_eq!(ex("1_000.5"), "1000.5");
    assert_eq!(ex("1e3 + .5 + 5."), "(Add (Add 1000.0 0.5) 5.0)");
}

#[test]
fn strings_and_concatenation() {
    assert_eq!(ex("'a' \"b\" '''c'''"), "\"abc\"");
    assert_eq!(ex("r'\\n' 'x\\n'"), "\"\\\\nx\\n\"");
    assert_eq!(ex("'a' f'{x}' 'b'"), "(f \"a\" {x} \"b\")");
    assert_eq!(ex("f'abc'"), "(f \"abc\")");
    assert_eq!(ex("f''"), "(f )");
}

#[test]
fn fstrings() {
    assert_eq!(ex("f'{x!r}'"), "(f {x !r})");
    assert_eq!(ex("f'{x:>{width}}'"), "(f {x :(f \">\" {width})})");
    assert_eq!(ex("f'{{}}{x}{{'"), "(f \"{}\" {x} \"{\")");
    assert_eq!(ex("f'{x=}'"), "(f {x =\"x=\" !r})");
    assert_eq!(ex("f'{x = :>5}'"), "(f {x =\"x = \" :(f \">5\")})");
    assert_eq!(ex("f'{t:%H:%M}'"), "(f {t :(f \"%H:%M\")})");
    assert_eq!(ex("f'{a, b}'"), "(f {(tuple a b)})");
    assert_eq!(
        ex("f'{a[\"k\"]!s:{w}.{p}f}'"),
        "(f {a[\"k\"] !s :(f {w} \".\" {p} \"f\")})"
    );
    assert_eq!(ex("rf'\\d{x}'"), "(f \"\\\\d\" {x})");
    assert_eq!(ex("f'\\n{x}\\t'"), "(f \"\\n\" {x} \"\\t\")");
    assert_eq!(ex("f'{x!=y}'"), "(f {(cmp x NotEq y)})");
    assert_eq!(ex("f'''{\nx\n}'''"), "(f {x})");
}

#[test]
fn fstring_spans_point_into_the_source() {
    let src = "s = f'ab{foo + 1:>{w}}'";
    let m = parse(src);
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, value.span), "f'ab{foo + 1:>{w}}'");
    let ExprKind::FString(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Value {
        expr,
        spec: Some(spec),
        ..
    } = &parts[1]
    else {
        panic!()
    };
    assert_eq!(text(src, expr.span), "foo + 1");
    let FStringPart::Value { expr: w, .. } = &spec[1] else {
        panic!()
    };
    assert_eq!(text(src, w.span), "w");
}

#[test]
fn walrus_and_yield() {
    assert_eq!(ex("(n := 10)"), "(:= n 10)");
    let m = parse(
        "def g():\n    x = yield\n    yield a, b\n    y = yield from z\n    await_ = (yield)\n",
    );
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    let kinds: Vec<String> = f
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Assign { value, .. } => sx(value),
            StmtKind::Expr(e) => sx(e),
            k => panic!("{k:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        vec!["(yield)", "(yield (tuple a b))", "(yieldfrom z)", "(yield)"]
    );
}

#[test]
fn expression_spans() {
    let src = "x = foo(1, bar.baz) + (y)";
    let m = parse(src);
    assert_eq!(text(src, m.body[0].span), src);
    let StmtKind::Assign { targets, value } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, targets[0].span), "x");
    assert_eq!(text(src, value.span), "foo(1, bar.baz) + (y)");
    let ExprKind::BinOp { left, right, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(text(src, left.span), "foo(1, bar.baz)");
    assert_eq!(text(src, right.span), "y");
    let ExprKind::Call { args, .. } = &left.kind else {
        panic!()
    };
    assert_eq!(text(src, args[1].span), "bar.baz");
    let src = "a, *b = c";
    let StmtKind::Assign { targets, .. } = st(src) else {
        panic!()
    };
    assert_eq!(text(src, targets[0].span), "a, *b");
    assert_eq!(sx(&targets[0]), "(tuple a *b)");
}

// ----- statements -----

#[test]
fn assignments() {
    let StmtKind::Assign { targets, value } = st("a = b = 1") else {
        panic!()
    };
    assert_eq!(targets.iter().map(sx).collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(sx(&value), "1");
    let StmtKind::Assign { targets, .. } = st("[a, (b, *c)], d.e, f[0] = x") else {
        panic!()
    };
    assert_eq!(sx(&targets[0]), "(tuple [a (tuple b *c)] d.e f[0])");
    let StmtKind::AugAssign { target, op, value } = st("x.y **= 2") else {
        panic!()
    };
    assert_eq!(
        (sx(&target), op, sx(&value)),
        ("x.y".into(), BinOp::Pow, "2".into())
    );
    for (src, op) in [
        ("a //= 1", BinOp::FloorDiv),
        ("a @= 1", BinOp::MatMul),
        ("a >>= 1", BinOp::RShift),
    ] {
        let StmtKind::AugAssign { op: o, .. } = st(src) else {
            panic!()
        };
        assert_eq!(o, op);
    }
    let StmtKind::AnnAssign {
        target,
        annotation,
        value,
    } = st("x: int = 1")
    else {
        panic!()
    };
    assert_eq!(
        (sx(&target), sx(&annotation), value.map(|v| sx(&v))),
        ("x".into(), "int".into(), Some("1".into()))
    );
    let StmtKind::AnnAssign { value: None, .. } = st("self.x: list[int]") else {
        panic!()
    };
    let StmtKind::Assign { value, .. } = st("x = yield") else {
        panic!()
    };
    assert_eq!(sx(&value), "(yield)");
}

#[test]
fn function_definitions() {
    let StmtKind::FunctionDef(f) =
        st("@dec\n@dec2(1)\ndef f(a: int = 1, *args: str, b, **kw) -> int:\n    return a\n")
    else {
        panic!()
    };
    assert_eq!(f.name, "f");
    assert_eq!(
        sp(&f.params),
        "(a:int=1 *args:str b **kw:)".replace("**kw:", "**kw")
    );
    assert_eq!(
        f.decorators.iter().map(sx).collect::<Vec<_>>(),
        ["dec", "(call dec2 1)"]
    );
    assert_eq!(f.returns.as_ref().map(sx), Some("int".into()));
    assert!(matches!(f.body[0].kind, StmtKind::Return(Some(_))));
    let StmtKind::FunctionDef(f) = st("def g(a, b=2, /, c=3, *, d, e=4): pass") else {
        panic!()
    };
    assert_eq!(sp(&f.params), "(a b=2 c=3 * d e=4)");
    let StmtKind::FunctionDef(f) = st("def h(\n    a,\n    b,\n):\n    return\n") else {
        panic!()
    };
    assert_eq!(f.params.args.len(), 2);
    assert!(matches!(f.body[0].kind, StmtKind::Return(None)));
}

#[test]
fn class_definitions() {
    let StmtKind::ClassDef(c) =
        st("@d\nclass A(B, *C, metaclass=M, **kw):\n    x = 1\n    def m(self): pass\n")
    else {
        panic!()
    };
    assert_eq!(c.name, "A");
    assert_eq!(c.bases.iter().map(sx).collect::<Vec<_>>(), ["B", "*C"]);
    assert_eq!(c.keywords[0].name.as_deref(), Some("metaclass"));
    assert_eq!(c.keywords[1].name, None);
    assert_eq!(c.decorators.len(), 1);
    assert_eq!(c.body.len(), 2);
    let StmtKind::ClassDef(c) = st("class E: pass") else {
        panic!()
    };
    assert!(c.bases.is_empty() && c.keywords.is_empty());
}

#[test]
fn if_elif_else_and_loops() {
    let StmtKind::If { test, body, orelse } = st("if a:\n    x\nelif b:\n    y\nelse:\n    z\n")
    else {
        panic!()
    };
    assert_eq!(sx(&test), "a");
    assert_eq!(body.len(), 1);
    let StmtKind::If {
        test,
        orelse: inner_else,
        ..
    } = &orelse[0].kind
    else {
        panic!()
    };
    assert_eq!(sx(test), "b");
    assert_eq!(inner_else.len(), 1);
    let StmtKind::While { orelse, .. } = st("while x:\n    break\nelse:\n    continue\n") else {
        panic!()
    };
    assert_eq!(orelse.len(), 1);
    let StmtKind::For {
        target,
        iter,
        body,
        orelse,
    } = st("for i, (j, *k) in a, b:\n    pass\n")
    else {
        panic!()
    };
    assert_eq!(
        (sx(&target), sx(&iter)),
        ("(tuple i (tuple j *k))".into(), "(tuple a b)".into())
    );
    assert!(matches!(body[0].kind, StmtKind::Pass) && orelse.is_empty());
    let StmtKind::If { .. } = st("if (n := len(a)) > 10: print(n)") else {
        panic!()
    };
}

#[test]
fn try_statements() {
    let src = "try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n";
    let StmtKind::Try {
        body,
        handlers,
        orelse,
        finalbody,
    } = st(src)
    else {
        panic!()
    };
    assert_eq!(
        (body.len(), handlers.len(), orelse.len(), finalbody.len()),
        (1, 3, 1, 1)
    );
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    assert_eq!(handlers[1].typ.as_ref().map(sx), Some("(tuple A B)".into()));
    assert!(handlers[2].typ.is_none());
    let StmtKind::Try {
        handlers,
        finalbody,
        ..
    } = st("try:\n    pass\nfinally:\n    pass\n")
    else {
        panic!()
    };
    assert!(handlers.is_empty() && finalbody.len() == 1);
}

#[test]
fn with_statements() {
    let StmtKind::With { items, .. } = st("with a as b, c as (d, e), f: pass") else {
        panic!()
    };
    assert_eq!(items.len(), 3);
    assert_eq!(items[1].target.as_ref().map(sx), Some("(tuple d e)".into()));
    assert!(items[2].target.is_none());
    let StmtKind::With { items, .. } =
        st("with (\n    open(x) as f,\n    open(y) as g,\n):\n    pass\n")
    else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = st("with (a, b) as c: pass") else {
        panic!()
    };
    assert_eq!(
        (sx(&items[0].context), items[0].target.as_ref().map(sx)),
        ("(tuple a b)".into(), Some("c".into()))
    );
}

#[test]
fn imports_and_scopes() {
    let StmtKind::Import(names) = st("import a.b.c as d, e") else {
        panic!()
    };
    assert_eq!(
        (names[0].name.as_str(), names[0].asname.as_deref()),
        ("a.b.c", Some("d"))
    );
    let StmtKind::ImportFrom {
        module,
        names,
        star,
        level,
    } = st("from . import x")
    else {
        panic!()
    };
    assert_eq!(
        (module.as_str(), names.len(), star, level),
        ("", 1, false, 1)
    );
    let StmtKind::ImportFrom {
        module,
        names,
        level,
        ..
    } = st("from ...pkg.mod import (a as b, c,)")
    else {
        panic!()
    };
    assert_eq!(
        (
            module.as_str(),
            level,
            names[0].asname.as_deref(),
            names[1].name.as_str()
        ),
        ("pkg.mod", 3, Some("b"), "c")
    );
    let StmtKind::ImportFrom {
        star: true,
        level: 0,
        ..
    } = st("from m import *")
    else {
        panic!()
    };
    let StmtKind::Global(n) = st("global a, b") else {
        panic!()
    };
    assert_eq!(n, ["a", "b"]);
    let StmtKind::FunctionDef(f) = st("def f():\n    nonlocal x\n") else {
        panic!()
    };
    assert!(matches!(&f.body[0].kind, StmtKind::Nonlocal(n) if n == &["x"]));
}

#[test]
fn simple_statements() {
    let m = parse("del a, b[0], c.d; assert x, 'm'; raise E from e; raise; pass\n");
    assert_eq!(m.body.len(), 5);
    let StmtKind::Delete(t) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(t.len(), 3);
    let StmtKind::Assert { msg: Some(_), .. } = &m.body[1].kind else {
        panic!()
    };
    let StmtKind::Raise {
        exc: Some(_),
        cause: Some(_),
    } = &m.body[2].kind
    else {
        panic!()
    };
    let StmtKind::Raise {
        exc: None,
        cause: None,
    } = &m.body[3].kind
    else {
        panic!()
    };
    let m = parse("x = 1; y = 2;\nif x: a; b\n");
    assert_eq!(m.body.len(), 3);
    let StmtKind::If { body, .. } = &m.body[2].kind else {
        panic!()
    };
    assert_eq!(body.len(), 2);
}

#[test]
fn statement_spans() {
    let src = "if a:\n    x = 1\n    y = 2\nz = 3  # c\n";
    let m = parse(src);
    assert_eq!(text(src, m.body[0].span), "if a:\n    x = 1\n    y = 2");
    assert_eq!(text(src, m.body[1].span), "z = 3");
}

// ----- errors -----

#[test]
fn error_missing_colon() {
    assert_eq!(
        report("if x\n  pass\n"),
        "  File \"prog.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"
    );
    assert_eq!(msg("def f()\n  pass\n"), "expected ':'");
    assert_eq!(msg("for x in y\n  pass\n"), "expected ':'");
    assert_eq!(msg("class A\n  pass\n"), "expected ':'");
    assert_eq!(msg("def f:\n  pass\n"), "expected '('");
}

#[test]
fn error_brackets() {
    assert_eq!(
        report("x = (1,\n2\n"),
        "  File \"prog.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
    );
    assert_eq!(
        report("x = [1, 2)\n"),
        "  File \"prog.py\", line 1\n    x = [1, 2)\n             ^\n\
         SyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n"
    );
    assert_eq!(
        report("x = )\n"),
        "  File \"prog.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"
    );
}

#[test]
fn error_invalid_syntax() {
    assert_eq!(
        report("x = 1 2\n"),
        "  File \"prog.py\", line 1\n    x = 1 2\n          ^\nSyntaxError: invalid syntax\n"
    );
    assert_eq!(
        report("a = $\n"),
        "  File \"prog.py\", line 1\n    a = $\n        ^\nSyntaxError: invalid syntax\n"
    );
    assert_eq!(
        report("else: pass\n"),
        "  File \"prog.py\", line 1\n    else: pass\n    ^^^^\nSyntaxError: invalid syntax\n"
    );
    assert_eq!(msg("x = 1 +\n"), "invalid syntax");
    assert_eq!(msg("x = a not b\n"), "invalid syntax");
}

#[test]
fn error_indentation() {
    assert_eq!(
        report("if 1:\n    x = 1\nif 2:\n\nx\n"),
        "  File \"prog.py\", line 5\n    x\n    ^\nIndentationError: expected an indented block after 'if' statement on line 3\n"
    );
    assert_eq!(
        report("x = 1\n  y = 2\n"),
        "  File \"prog.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
    );
    assert_eq!(
        msg("def f():\nreturn\n"),
        "expected an indented block after function definition on line 1"
    );
    assert_eq!(
        msg("try:\n  pass\nexcept:\npass\n"),
        "expected an indented block after 'except' statement on line 3"
    );
    let e = err("class A:\n");
    assert_eq!(
        (e.kind, e.line_and_col("class A:\n")),
        (SyntaxErrorKind::Indentation, (1, 0))
    );
    assert_eq!(
        msg("if x:\n    a\n  b\n"),
        "unindent does not match any outer indentation level"
    );
}

#[test]
fn error_characters_and_literals() {
    assert_eq!(
        report("a = 1 € 2\n"),
        "  File \"prog.py\", line 1\n    a = 1 € 2\n          ^\nSyntaxError: invalid character '€' (U+20AC)\n"
    );
    assert_eq!(
        msg("x = b'abc'\n"),
        "bytes literals are not supported by gilsim"
    );
    assert_eq!(
        msg("x = 1j\n"),
        "imaginary literals are not supported by gilsim"
    );
    assert_eq!(
        msg("s = 'abc\n"),
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(
        msg("x = '\\x4'\n"),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
}

#[test]
fn error_hints() {
    assert_eq!(
        report("print \"x\"\n"),
        "  File \"prog.py\", line 1\n    print \"x\"\n    ^^^^^^^^^\n\
         SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"
    );
    assert_eq!(
        report("f(a b)\n"),
        "  File \"prog.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
    );
    assert_eq!(
        msg("if x = 1: pass\n"),
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    );
    assert_eq!(msg("x = 1 if y\n"), "expected 'else' after 'if' expression");
    assert_eq!(
        msg("[x, y for x, y in z]\n"),
        "did you forget parentheses around the comprehension target?"
    );
    assert_eq!(
        msg("f(x for x in y, 1)\n"),
        "Generator expression must be parenthesized"
    );
    assert_eq!(
        msg("f(a=1, b)\n"),
        "positional argument follows keyword argument"
    );
    assert_eq!(
        msg("f(**a, *b)\n"),
        "iterable argument unpacking follows keyword argument unpacking"
    );
    assert_eq!(
        msg("f(a.b=1)\n"),
        "expression cannot contain assignment, perhaps you meant \"==\"?"
    );
    assert_eq!(
        msg("def f(a=1, b): pass\n"),
        "non-default argument follows default argument"
    );
    assert_eq!(
        msg("def f(*): pass\n"),
        "named arguments must follow bare *"
    );
    assert_eq!(
        msg("from m import a,\n"),
        "trailing comma not allowed without surrounding parentheses"
    );
    assert_eq!(
        msg("try:\n    pass\nx = 1\n"),
        "expected 'except' or 'finally' block"
    );
}

#[test]
fn error_assignment_targets() {
    assert_eq!(
        report("f() = 1\n"),
        "  File \"prog.py\", line 1\n    f() = 1\n    ^^^\n\
         SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
    );
    assert_eq!(
        msg("1 = x\n"),
        "cannot assign to literal here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(msg("(a, 1) = 2\n"), "cannot assign to literal");
    assert_eq!(msg("[a, f()] = 2\n"), "cannot assign to function call");
    assert_eq!(msg("x = f() = 1\n"), "cannot assign to function call");
    assert_eq!(msg("None = 1\n"), "cannot assign to None");
    assert_eq!(msg("for 1 in x: pass\n"), "cannot assign to literal");
    assert_eq!(
        msg("with a as f(): pass\n"),
        "cannot assign to function call"
    );
    assert_eq!(msg("del f()\n"), "cannot delete function call");
    assert_eq!(
        msg("a, b += 1\n"),
        "'tuple' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        msg("a, b: int\n"),
        "only single target (not tuple) can be annotated"
    );
    assert_eq!(msg("f(): int\n"), "illegal target for annotation");
    assert_eq!(
        msg("x = yield = 1\n"),
        "assignment to yield expression not possible"
    );
    assert_eq!(
        msg("(a.b := 1)\n"),
        "cannot use assignment expressions with attribute"
    );
}

#[test]
fn error_fstrings() {
    assert_eq!(msg("f'{'\n"), "f-string: expecting '}'");
    assert_eq!(msg("f'{}'\n"), "f-string: empty expression not allowed");
    assert_eq!(msg("f'}'\n"), "f-string: single '}' is not allowed");
    assert_eq!(
        msg("f'{a!x}'\n"),
        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    );
    assert_eq!(
        msg("f'{a b}'\n"),
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        msg("f'{a:{b:{c}}}'\n"),
        "f-string: expressions nested too deeply"
    );
    assert_eq!(
        msg("f'{a#}'\n"),
        "f-string expression part cannot include '#'"
    );
    assert_eq!(
        msg("f'{\\n}'\n"),
        "f-string expression part cannot include a backslash"
    );
    assert_eq!(msg("f'{1 +}'\n"), "f-string: invalid syntax");
}

#[test]
fn tokenizer_errors_take_priority_like_cpython() {
    // A later tokenizer error replaces an earlier parse error...
    assert_eq!(
        msg("if x\n  pass\ny = 'abc\n"),
        "unterminated string literal (detected at line 3)"
    );
    // ...but not an "unexpected indent".
    assert_eq!(msg("x = 1\n  y = 2\nz = 'abc\n"), "unexpected indent");
    // An unclosed bracket wins over a parse error on a later line.
    assert_eq!(msg("foo(\nx = 1\ny = 2\n"), "'(' was never closed");
}

// ----- limits and robustness -----

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(msg(&src), "too many nested parentheses");
    let src = format!("x = {}1\n", "-".repeat(10_000));
    assert_eq!(msg(&src), "too many levels of nesting");
    let src = format!("x = {}1\n", "not ".repeat(10_000));
    assert_eq!(msg(&src), "too many levels of nesting");
    let src = format!("x = 1{}\n", " + 1".repeat(100_000));
    assert_eq!(msg(&src), "too many levels of nesting");
    let src = format!("x = a{}\n", ".b".repeat(100_000));
    assert_eq!(msg(&src), "too many levels of nesting");
    let src = format!("x = {}0\n", "lambda: ".repeat(10_000));
    assert_eq!(msg(&src), "too many levels of nesting");
    let src = format!("x = 1{}\n", " if 1 else 1".repeat(10_000));
    assert_eq!(msg(&src), "too many levels of nesting");
    let src = format!("x = 2{}\n", " ** 2".repeat(10_000));
    assert_eq!(msg(&src), "too many levels of nesting");
    // What CPython accepts still parses.
    parse(&format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199)));
    parse(&format!("x = {}1{}\n", "[".repeat(150), "]".repeat(150)));
    parse(&format!("x = 1{}\n", " + 1".repeat(500)));
    parse(&format!(
        "x = {}1\n",
        "-".repeat(MAX_RECURSION as usize - 1)
    ));
    parse(&format!(
        "x = {}1{}\n",
        "(a if b else ".repeat(199),
        ")".repeat(199)
    ));
    parse(&format!("x = {}1{}\n", "f(".repeat(199), ")".repeat(199)));
    // Deep nesting is fine whatever the caller's stack (the parser has its own thread).
    let small_stack = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| parse_module(&format!("x = {}1{}\n", "[".repeat(199), "]".repeat(199))).is_ok());
    assert!(small_stack.unwrap().join().unwrap());
    let mut elifs = String::from("if a: pass\n");
    for _ in 0..300 {
        elifs.push_str("elif b: pass\n");
    }
    parse(&elifs);
}

/// A small deterministic PRNG (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SAMPLE: &str = r#"
import os.path as p
from . import (a, b,)

@decorator(1)
class Point(Base, metaclass=Meta):
    """Doc."""
    count: int = 0

    def __init__(self, x: float = 0.0, *args, y=1, **kw) -> None:
        self.x, self.y = x, y
        Point.count += 1

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** .5

def gen(n):
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        elif x < 0:
            continue
        else:
            total += x
    yield from range(n)

try:
    d = {k: v for k, v in zip("abc", [1, 2, 3]) if v % 2}
    s = {*d, 0x1f, 0o7, 0b1, 1_000, 1e-3, .5}
    print(f"{d!r:>{10}} {s=} {{}}", 'x' "y", r'\d', sep='\n')
except (KeyError, ValueError) as e:
    raise RuntimeError("bad") from e
finally:
    with open("f") as f, (lambda: None)():
        pass
x = [i * j for i in range(3) for j in range(i) if i != j]
y = a if b else c; del x[0], y
assert (n := len(x)) > 0, "empty"
"#;

#[test]
fn sample_program_parses() {
    let m = parse(SAMPLE);
    assert_eq!(m.body.len(), 9);
}

#[test]
fn no_panic_on_prefixes_and_random_input() {
    // Every prefix of a sample program (on char boundaries).
    for (i, _) in SAMPLE.char_indices() {
        let _ = parse_module(&SAMPLE[..i]);
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Random bytes (lossily decoded), biased towards Python's punctuation.
    const ALPHABET: &[u8] = b"()[]{}:;,.=+-*/%@<>!~^&|'\"\\#\n\n\t  abcxyzfrbu019_eEjJ\r\x0c$?`";
    for _ in 0..3000 {
        let len = rng.below(40);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(8) == 0 {
                    rng.next() as u8
                } else {
                    ALPHABET[rng.below(ALPHABET.len())]
                }
            })
            .collect();
        let src = String::from_utf8_lossy(&bytes);
        if let Err(e) = parse_module(&src) {
            let _ = format_syntax_error("r.py", &src, &e);
            let _ = e.line_and_col(&src);
        }
    }
    // Random edits of the sample program.
    let words = [
        "(", ")", "[", "]", "{", "}", ":", "=", "if", "else", "lambda", "f'{", "'", "\"\"\"", "\\",
        "\n", "    ", "\t", "*", "**", ",", "yield", "not", "in", "#",
    ];
    for _ in 0..1500 {
        let mut s = SAMPLE.to_string();
        for _ in 0..1 + rng.below(3) {
            let mut at = rng.below(s.len() + 1);
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            if rng.below(2) == 0 {
                s.insert_str(at, words[rng.below(words.len())]);
            } else {
                let mut end = (at + 1 + rng.below(4)).min(s.len());
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                s.replace_range(at..end, "");
            }
        }
        if let Err(e) = parse_module(&s) {
            let _ = format_syntax_error("r.py", &s, &e);
        }
    }
}

#[test]
fn parse_is_roughly_linear() {
    let unit = "def f(a, b=1):\n    x = [i * 2 for i in range(a) if i % 3]\n    return f'{x!r:>10}' + str(b)\n";
    let small = unit.repeat(500);
    let big = unit.repeat(5_000);
    let time = |src: &str, runs: usize| {
        (0..runs)
            .map(|_| {
                let t0 = std::time::Instant::now();
                assert!(parse_module(src).is_ok());
                t0.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let t_small = time(&small, 5);
    let t_big = time(&big, 3);
    // 10x the input should take far less than 100x the time.
    assert!(
        t_big < t_small * 40 + std::time::Duration::from_millis(50),
        "{t_small:?} vs {t_big:?}"
    );
}
