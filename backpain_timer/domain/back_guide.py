"""The "About your back" guide and the red flags that the guide and the printed sheet share.

General information in our own words, not medical advice. Simple HTML (h2, p, ul, li, b) so that any
view can show it. The English is the source; ``about_your_back()`` and ``red_flags_paragraph()`` give
the language in use (message ids ``about-your-back``, ``red-flags``, ``sign.*``, ``word.or``).
"""

from __future__ import annotations

# The one wording for these symptoms, everywhere: the advice panel's urgent level says the same.
from backpain_timer.domain.advice import NERVE_WARNING, nerve_warning
from backpain_timer.domain.texts import say

# (who to turn to, the signs) from most to least urgent; signs are fragments, written as sentences on
# the guide and joined into one paragraph on the printed sheet. Keys are their message ids.
_EMERGENCY_SIGNS: dict[str, str] = {
    "chest-pain": "chest pain or pressure, or pain spreading to your jaw or arm",
    "breathlessness": "breathlessness that doesn't settle with rest",
    "both-sides": "numbness or weakness in both arms or both legs, or unsteady walking",
    "bladder-bowel": "new trouble controlling or passing urine or stools",
    "saddle-numbness": "numbness around your groin or buttocks",
}
_TODAY_SIGNS: dict[str, str] = {
    "fall-or-injury": "pain that started with a fall, an accident or a blow",
    "fever": "a fever, or feeling unwell",
    "severe-pain": "pain of 9 or 10 out of 10",
}
_PROFESSIONAL_SIGNS: dict[str, str] = {
    "night-pain": "pain at night or at rest that doesn't ease",
    "no-improvement": "pain that isn't improving with home care after a couple of weeks",
}
EMERGENCY_SIGNS: tuple[str, ...] = tuple(_EMERGENCY_SIGNS.values())
TODAY_SIGNS: tuple[str, ...] = tuple(_TODAY_SIGNS.values())
PROFESSIONAL_SIGNS: tuple[str, ...] = tuple(_PROFESSIONAL_SIGNS.values())
_OR = " or "
_RED_FLAGS = (
    "Call emergency services for {emergency}. {nerve_warning} Get checked today too for {today}. "
    "See a doctor or physiotherapist for {professional}."
)


def _said(signs: dict[str, str]) -> list[str]:
    return [say(f"sign.{key}", sign) for key, sign in signs.items()]


def _items(signs: list[str]) -> str:
    return "".join(f"<li>{sign[0].upper()}{sign[1:]}.</li>" for sign in signs)


def red_flags_paragraph() -> str:
    """The red flags in one paragraph, for the printed sheet."""
    return say("red-flags", _RED_FLAGS).format(
        emergency="; ".join(_said(_EMERGENCY_SIGNS)),
        nerve_warning=nerve_warning(),
        today="; ".join(_said(_TODAY_SIGNS)),
        professional=say("word.or", _OR).join(_said(_PROFESSIONAL_SIGNS)),
    )


def about_your_back() -> str:
    """The guide (HTML) in the language in use."""
    return say("about-your-back", _ABOUT).format(
        emergency_items=_items(_said(_EMERGENCY_SIGNS)),
        nerve_warning=nerve_warning(),
        today_items=_items(_said(_TODAY_SIGNS)),
        professional_items=_items(_said(_PROFESSIONAL_SIGNS)),
    )


def message_texts() -> dict[str, str]:
    signs = {**_EMERGENCY_SIGNS, **_TODAY_SIGNS, **_PROFESSIONAL_SIGNS}
    return {
        "about-your-back": _ABOUT,
        "red-flags": _RED_FLAGS,
        "word.or": _OR,
        **{f"sign.{key}": sign for key, sign in signs.items()},
    }


_ABOUT = """\
<h2>About your back</h2>
<p>Upper back pain is common among runners. Most of it comes from muscles and posture and gets better
with time, movement and care. This page is general information, not medical advice: check with a
healthcare professional before you start a new routine.</p>

<h2>Why it hurts</h2>
<ul>
<li><b>Posture:</b> a rounded back and a forward head, at a desk or late in a run when you tire.</li>
<li><b>Muscle imbalances:</b> a weak core or upper back leaves other muscles doing too much.</li>
<li><b>Overuse:</b> adding distance or speed faster than your body can keep up with.</li>
<li><b>Form:</b> tense, raised shoulders, a stiff arm swing, or leaning from the waist.</li>
<li><b>Tightness:</b> a stiff mid-back and a tight chest make standing tall hard work.</li>
</ul>

<h2>Keeping it away</h2>
<ul>
<li><b>Posture:</b> stand and sit tall with your shoulders low and loose; get up often.</li>
<li><b>Strength:</b> train your core and upper back, for example with planks, back extensions and rows.</li>
<li><b>Stretching:</b> stretch your chest, shoulders and upper back a few times a week.</li>
<li><b>Warm up and cool down:</b> a few minutes of easy movement before a run; walk, then stretch,
after it.</li>
<li><b>Breathing:</b> slow breaths from the belly help tight muscles let go.</li>
<li><b>Listen to your body:</b> pain is a signal; ease off rather than push through it.</li>
</ul>

<h2>Gear</h2>
<ul>
<li><b>Shoes:</b> a thumb's width of room at the toes, a heel that doesn't slip, and no rubbing. Think
about new ones after roughly 500 to 800 km, or sooner if the cushioning feels flat.</li>
<li><b>Sports bra:</b> a firm band that stays level and doesn't ride up, straps that don't dig in, and
little bounce. Replace it when the band has stretched.</li>
<li><b>Backpack or vest:</b> snug and high on your back, with the chest and waist straps done up, so it
doesn't bounce or pull you backwards. Carry only what you need and spread the weight evenly.</li>
</ul>

<h2>Running form</h2>
<ul>
<li>Keep your hands relaxed, loosely curled as if holding something fragile.</li>
<li>Keep your shoulders down and loose, away from your ears.</li>
<li>Let your arms swing forward and back, not across your body.</li>
<li>Look ahead at the path, not down at your feet.</li>
<li>Every so often in a run, shrug your shoulders up to your ears and let them drop.</li>
</ul>

<h2>How much to run</h2>
<ul>
<li><b>Build gradually:</b> add distance a little at a time, with an easier week every few weeks.</li>
<li><b>Rest days:</b> give your body at least one or two easy or rest days each week.</li>
<li><b>After a flare-up:</b> come back shorter and slower than before and build up again over a couple
of weeks. If your back is worse the next day, ease off again.</li>
</ul>

<h2>At your desk</h2>
<ul>
<li>Top of the screen at about eye level, an arm's length away.</li>
<li>Elbows bent to about a right angle by your sides, shoulders relaxed.</li>
<li>Feet flat, hips to the back of the chair, lower back supported.</li>
<li>Stand up and move every 30 to 45 minutes; the desk break routine fits in a few minutes.</li>
</ul>

<h2>Caring for it at home</h2>
<ul>
<li><b>Rest:</b> a few easier days, with gentle movement rather than none at all.</li>
<li><b>Ice and heat:</b> in the first day or two after a flare-up, ice wrapped in a cloth (never straight
on the skin) for 15 to 20 minutes at a time; after that, heat to relax the muscles.</li>
<li><b>Pain relief:</b> over-the-counter pain relief can help for a short while; follow the label. Ask a
pharmacist before you take anti-inflammatories such as ibuprofen if you have asthma, stomach, kidney
or heart problems, or take blood thinners.</li>
<li><b>Physical therapy:</b> a physical therapist can find the cause and guide your exercises.</li>
<li><b>Massage:</b> can ease tight muscles and help you relax.</li>
</ul>

<h2>When to see a doctor</h2>
<p>Back pain is rarely a sign of a serious injury or illness, but these signs need attention.</p>
<p><b>Call emergency services</b> for:</p>
<ul>{emergency_items}</ul>
<p><b>Get checked by a doctor today</b> for:</p>
<ul><li>{nerve_warning}</li>{today_items}</ul>
<p><b>See a doctor or physiotherapist</b> for:</p>
<ul>{professional_items}</ul>
<p>On any of these days, stretching is not the answer.</p>
"""

ABOUT_YOUR_BACK = _ABOUT.format(
    emergency_items=_items(list(EMERGENCY_SIGNS)),
    nerve_warning=NERVE_WARNING,
    today_items=_items(list(TODAY_SIGNS)),
    professional_items=_items(list(PROFESSIONAL_SIGNS)),
)
