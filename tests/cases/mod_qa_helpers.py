__all__ = ["public_fn", "CONST"]
CONST = 7
def public_fn(): return "public"
def hidden_fn(): return "hidden"
