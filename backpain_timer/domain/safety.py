"""When to tell a user that stretching is not the answer: red-flag rules and the texts we show.

General information, not medical advice. The rules are deliberately simple and each has a unit test
at its threshold, so a change to one is a visible, reviewed decision.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta, tzinfo

from backpain_timer.domain.advice import Advice
from backpain_timer.domain.history import SessionRecord, local_date

TREND_WINDOW_DAYS = 14  # today and the 13 days before it, local time
TREND_MIN_CHECKINS = 5


def pain_trend_slope(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> tuple[int, float] | None:
    """(check-ins, least-squares slope of pain_before in points per day) over the trend window.

    Only sessions with a pain_before check-in started (local date) from ``today - 13 days`` to
    ``today`` count. None when there are no check-ins. With all check-ins at the same moment the
    slope is 0.0 (no change can be seen).
    """
    first_day = today - timedelta(days=TREND_WINDOW_DAYS - 1)
    points = [
        (record.started_at.timestamp() / 86400.0, float(record.pain_before))
        for record in records
        if record.pain_before is not None and first_day <= local_date(record, tz) <= today
    ]
    if not points:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread_x = sum((x - mean_x) ** 2 for x, _ in points)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return len(points), (covariance / spread_x if spread_x > 0 else 0.0)


def trend_advice(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> Advice | None:
    """A calm note when the pain before sessions has not fallen over the last 14 days.

    Needs at least 5 check-ins in the window; "not falling" means the least-squares slope of
    pain_before over time is >= 0 (flat or rising). Any downward fit counts as improving.
    """
    trend = pain_trend_slope(records, today, tz)
    if trend is None:
        return None
    checkins, slope = trend
    if checkins < TREND_MIN_CHECKINS or slope < 0:
        return None
    return Advice(
        level="see-professional",
        ids=("no-improvement",),
        title="Your back isn't easing yet",
        text=(
            f"Over the last {TREND_WINDOW_DAYS} days ({checkins} check-ins) the pain you noted before "
            "your sessions has not gone down. Stretching helps many people, but not every kind of back "
            "pain. A physical therapist can find out what is behind it and give you exercises that fit."
        ),
    )


DISCLAIMER = (
    "Backpain Timer gives general information, not medical advice. Consult a healthcare professional "
    "before starting a new exercise routine, and stop any exercise that makes your pain worse."
)

ABOUT_YOUR_BACK = """\
<h2>About your back</h2>
<p>Upper back pain is common among runners. Most of it comes from muscles and posture and gets better
with time, movement and care. This page is general information, not medical advice.</p>

<h2>Why it hurts</h2>
<ul>
<li><b>Posture:</b> a rounded back and forward head, at a desk or late in a run when you tire.</li>
<li><b>Muscle imbalances:</b> a weak core or upper back makes other muscles work too hard.</li>
<li><b>Overuse:</b> adding distance or speed faster than your body can adapt.</li>
<li><b>Form:</b> tense, raised shoulders, a stiff arm swing or leaning from the waist.</li>
<li><b>Tightness:</b> a tight chest and shoulders pull the upper back forward.</li>
</ul>

<h2>Keeping it away</h2>
<ul>
<li><b>Posture:</b> stand and sit tall, shoulders down and relaxed; take breaks from sitting.</li>
<li><b>Strength:</b> train your core and upper back, for example planks, back extensions and rows.</li>
<li><b>Stretching:</b> stretch regularly, especially the chest, shoulders and upper back.</li>
<li><b>Warm up and cool down:</b> a few minutes of easy movement before a run, and stretching after it.</li>
<li><b>Gear:</b> shoes that fit your stride, and a pack or vest that doesn't bounce or pull.</li>
<li><b>Form:</b> run tall with relaxed hands and shoulders and an easy arm swing.</li>
<li><b>Breathing:</b> calm, deep breaths from the belly help tight muscles let go.</li>
<li><b>Listen to your body:</b> pain is a signal; ease off instead of pushing through it.</li>
</ul>

<h2>Caring for it at home</h2>
<ul>
<li><b>Rest:</b> a few easier days, with gentle movement rather than none at all.</li>
<li><b>Ice and heat:</b> ice in the first day or two after a flare-up, then heat to relax the muscles.</li>
<li><b>Pain relief:</b> over-the-counter pain relievers can help for a short while; follow the label.</li>
<li><b>Physical therapy:</b> a physical therapist can find the cause and guide your exercises.</li>
<li><b>Massage:</b> can ease tight muscles and help you relax.</li>
</ul>

<h2>When to see a doctor</h2>
<p>See a doctor if:</p>
<ul>
<li>the pain is severe, or it goes on for more than a few weeks;</li>
<li>it comes with <b>numbness, tingling or weakness</b>, for example in your arms or hands;</li>
<li>it doesn't get better with rest and home care;</li>
<li>you think you may have a serious injury, for example after a fall.</li>
</ul>
<p>Numbness, tingling or weakness need prompt attention: on those days, stretching is not the
answer.</p>
"""
