"""StreamField blocks for lesson bodies: what a trainer can put in a lesson.

The block names (rich_text, image, video, callout, phrase_card, checklist,
knowledge_check, practice_scenario) are a contract with the demo curriculum and
with translations; keep them. Blocks hold content and its validation only: no queries.
"""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=200,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "courses/blocks/image.html"


def video_embed_url(url: str) -> str:
    """An embeddable player URL for YouTube and Vimeo links ("" for anything else)."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host == "youtu.be":
        video_id = parsed.path.strip("/")
    elif host in ("youtube.com", "youtube-nocookie.com"):
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
    if video_id:
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host == "vimeo.com" and parsed.path.strip("/").isdigit():
        return f"https://player.vimeo.com/video/{parsed.path.strip('/')}"
    return ""


class VideoBlock(blocks.StructBlock):
    """A video: a file plays in place; YouTube or Vimeo loads only when the learner asks."""

    url = blocks.URLBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo link, or an MP4."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        url = value.get("url") or ""
        context["embed_url"] = video_embed_url(url)
        context["is_file"] = urlparse(url).path.lower().endswith((".mp4", ".webm", ".ogg"))
        return context


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("policy", _("Policy"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class PhraseCardBlock(blocks.StructBlock):
    """Say this / not that: a customer's line, the words to use, the words to avoid, and why."""

    customer_line = blocks.TextBlock(label=_("The customer says"))
    say = blocks.TextBlock(label=_("Say this"))
    avoid = blocks.TextBlock(label=_("Not this"), required=False)
    why = blocks.TextBlock(label=_("Why"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Phrase card")
        template = "courses/blocks/phrase_card.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "courses/blocks/checklist.html"


class KnowledgeCheckChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False, help_text=_("Shown when a learner picks this answer.")
    )

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class KnowledgeCheckBlock(blocks.StructBlock):
    """A question answered inline, with feedback per choice; tagged with skills."""

    question = blocks.TextBlock(label=_("Question"))
    choices = blocks.ListBlock(KnowledgeCheckChoiceBlock(), min_num=2, max_num=8)
    skills = blocks.ListBlock(
        SnippetChooserBlock("courses.Skill", label=_("Skill")), required=False, default=[]
    )

    class Meta:
        icon = "help"
        label = _("Knowledge check")
        template = "courses/blocks/knowledge_check.html"

    def clean(self, value):
        value = super().clean(value)
        if not any(choice.get("correct") for choice in value.get("choices", [])):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one answer correct."))}
            )
        return value


class PracticeScenarioBlock(blocks.StructBlock):
    """A link to a practice call (the simulations app's briefing page for that scenario)."""

    scenario_slug = blocks.CharBlock(
        label=_("Scenario slug"), max_length=100, help_text=_("The slug of a practice scenario.")
    )
    text = blocks.TextBlock(label=_("Introduction"), required=False)

    class Meta:
        icon = "user"
        label = _("Practice scenario")
        template = "courses/blocks/practice_scenario.html"


class LessonBodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "hr", "blockquote"],
        template="courses/blocks/rich_text.html",
    )
    image = ImageWithCaptionBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    phrase_card = PhraseCardBlock()
    checklist = ChecklistBlock()
    knowledge_check = KnowledgeCheckBlock()
    practice_scenario = PracticeScenarioBlock()
