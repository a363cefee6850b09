from typing import List, Optional
def f(x: List[int]) -> Optional[int]:
    return x[0] if x else None
print(f([3]))
