//! Assignment / deletion target validation, ported from CPython's
//! `_PyPegen_get_invalid_target` and `_PyPegen_get_expr_name`.

use crate::ast::{CmpOp, Constant, Expr, ExprKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TargetsType {
    /// Assignment targets (`a = ...`, `with ... as a`).
    Star,
    /// `del` targets.
    Del,
    /// `for` targets.
    For,
}

/// The first sub-expression of `e` that cannot be assigned to (or deleted), if any.
pub(super) fn invalid_target(e: &Expr, t: TargetsType) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, t))
        }
        ExprKind::Starred(v) => {
            if t == TargetsType::Del {
                Some(e)
            } else {
                invalid_target(v, t)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if t == TargetsType::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, t);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// How CPython names an expression in error messages ("cannot assign to function call").
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::False => "False",
            Constant::True => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Is `e` a valid target for augmented assignment or annotation (a single name,
/// attribute or subscript)?
pub(super) fn is_single_target(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    )
}
