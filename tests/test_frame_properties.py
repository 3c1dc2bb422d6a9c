"""The mutation idea inside the test suite: a consistent sentence of our own stays silent, and
the same sentence with one figure broken by a digit is found, for any amounts."""

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditlint.runner import lint

SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
cents = st.integers(min_value=100, max_value=999_999).map(lambda c: Decimal(c) / 100)


def _codes(tmp_path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f.code for f in lint([path]).findings]


def _break(figure: Decimal) -> Decimal:
    """One digit changed: a typo, never within the printed rounding."""
    return figure + Decimal("0.10") if figure > 1 else figure + Decimal("1.00")


@SETTINGS
@given(parts=st.lists(cents, min_size=3, max_size=3), which=st.integers(0, 2))
def test_composition(tmp_path, parts, which):
    names = ["中央资金", "省级资金", "县级资金"]
    total = sum(parts)

    def text(ps):
        items = "，".join(f"{n}{p:.2f}万元" for n, p in zip(names, ps, strict=True))
        return f"下达补助资金{total:.2f}万元，其中{items}。"

    assert _codes(tmp_path, "good.txt", text(parts)) == []
    broken = list(parts)
    broken[which] = _break(broken[which])
    assert "AL201" in _codes(tmp_path, "bad.txt", text(broken))


@SETTINGS
@given(a=cents, b=cents)
def test_share(tmp_path, a, b):
    total = a + b
    share = (a * 100 / total).quantize(Decimal("0.01"))
    other = (b * 100 / total).quantize(Decimal("0.01"))

    def text(s):
        return (
            f"支出合计{total:.2f}万元，其中：基本支出{a:.2f}万元，占{s}%；"
            f"项目支出{b:.2f}万元，占{other}%。"
        )

    assert _codes(tmp_path, "good.txt", text(share)) == []
    wrong = share + Decimal("1.00") if share < 90 else share - Decimal("1.00")
    assert "AL103" in _codes(tmp_path, "bad.txt", text(wrong))


@SETTINGS
@given(budget=cents, spent_share=st.integers(min_value=10, max_value=100))
def test_rate(tmp_path, budget, spent_share):
    spent = (budget * spent_share / 100).quantize(Decimal("0.01"))
    rate = (spent * 100 / budget).quantize(Decimal("0.01"))
    if budget < 10:
        return  # a rate to two decimals of a tiny budget rounds too coarsely to break
    template = "项目资金{b:.2f}万元，已拨付{e:.2f}万元，拨付率{r}%。"
    assert _codes(tmp_path, "good.txt", template.format(b=budget, e=spent, r=rate)) == []
    wrong = rate - Decimal("2.00") if rate > 50 else rate + Decimal("2.00")
    assert "AL102" in _codes(tmp_path, "bad.txt", template.format(b=budget, e=spent, r=wrong))
