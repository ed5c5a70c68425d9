"""One module per app: how each kind of content is checked, built and written in a pack.

Every kind is a ``Kind`` (``base.py``); ``KINDS`` lists them in the order an import builds
them, so that what an item links to is already there.
"""

from .assessments import QUIZ, RUBRIC
from .certification import PROGRAM
from .courses import COURSE, PATH, SKILL
from .simulations import PERSONA, SCENARIO

KINDS = {
    kind.name: kind for kind in (SKILL, COURSE, PATH, PERSONA, SCENARIO, RUBRIC, QUIZ, PROGRAM)
}
