//! `gilsim dis`: a listing of every code object, in the spirit of `python3 -m dis`, so a
//! learner can see what the VM executes and where the GIL may switch (marked `<<`: the
//! eval breaker is checked at calls and backward jumps).

use std::fmt::Write;

use crate::bytecode::{Code, Op};
use crate::object::other::Other;
use crate::value::Value;

/// UPPER_SNAKE_CASE name of an instruction.
pub fn op_name(op: &Op) -> String {
    let debug = format!("{op:?}");
    let base = debug.split('(').next().unwrap_or("");
    let mut out = String::new();
    for (i, c) in base.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

fn short_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::format::float_repr::float_repr(*f),
        Value::Str(s) => crate::vm::repr::repr_str(s.as_str()),
        Value::Tuple(t) => format!(
            "({})",
            t.items
                .iter()
                .map(short_repr)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Other(o) => match &**o {
            Other::Code(c) => format!("<code object {}, line {}>", c.name, c.first_line),
            Other::Ellipsis => "Ellipsis".into(),
            _ => "<object>".into(),
        },
        _ => "<object>".into(),
    }
}

fn argument(code: &Code, op: &Op) -> Option<(String, String)> {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .and_then(|v| v.as_str())
            .unwrap_or("?")
            .to_string()
    };
    let cell = |i: u32| {
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars
                .get(i - code.cellvars.len())
                .cloned()
                .unwrap_or_default()
        }
    };
    Some(match *op {
        Op::LoadConst(i) => (
            i.to_string(),
            code.consts
                .get(i as usize)
                .map(short_repr)
                .unwrap_or_default(),
        ),
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => (
            i.to_string(),
            code.varnames.get(i as usize).cloned().unwrap_or_default(),
        ),
        Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClosure(i)
        | Op::LoadClassDeref(i) => (i.to_string(), cell(i)),
        Op::LoadGlobal(s) | Op::StoreGlobal(s) | Op::DeleteGlobal(s) => {
            let n = code
                .global_names
                .iter()
                .find(|(slot, _)| *slot == s)
                .map(|(_, n)| n.clone())
                .unwrap_or_default();
            (s.to_string(), n)
        }
        Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => (i.to_string(), name(i)),
        Op::CallMethod(i, n) => (n.to_string(), name(i)),
        Op::Binary(b) | Op::Inplace(b) => (String::new(), format!("{b:?}")),
        Op::Compare(c) => (String::new(), format!("{c:?}")),
        Op::Unary(u) => (String::new(), format!("{u:?}")),
        Op::MakeFunction(i, f) => (
            f.to_string(),
            code.consts
                .get(i as usize)
                .map(short_repr)
                .unwrap_or_default(),
        ),
        _ => match op.jump_target() {
            Some(t) => (t.to_string(), format!("to {t}")),
            None => {
                let d = format!("{op:?}");
                let arg = d
                    .split('(')
                    .nth(1)
                    .map(|s| s.trim_end_matches(')').to_string())
                    .unwrap_or_default();
                (arg, String::new())
            }
        },
    })
}

/// Disassemble `code` and every code object nested in its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}>:",
        code.qualname, code.first_line
    );
    let mut last_line = 0;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.line_at(i);
        let line_col = if line != last_line {
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        last_line = line;
        let backward = op.jump_target().is_some_and(|t| (t as usize) <= i)
            && matches!(op, Op::Jump(_) | Op::PopJumpIfFalse(_));
        let breaker = matches!(
            op,
            Op::Call(_) | Op::CallKw(_) | Op::CallEx | Op::CallMethod(..)
        ) || backward;
        let mark = if breaker { "<<" } else { "  " };
        let (arg, detail) = argument(code, op).unwrap_or_default();
        let detail = if detail.is_empty() {
            String::new()
        } else {
            format!("({detail})")
        };
        let _ = writeln!(
            out,
            "{line_col} {mark} {i:>5} {:<20} {arg:>5} {detail}",
            op_name(op)
        )
        .map(|_| ());
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
    }
    for c in &code.consts {
        if let Value::Other(o) = c
            && let Other::Code(inner) = &**o
        {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}
