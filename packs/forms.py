from django import forms
from django.utils.translation import gettext_lazy as _

from .reader import MAX_BYTES


class PackImportForm(forms.Form):
    pack = forms.FileField(
        label=_("Pack (.zip)"),
        help_text=_("A zip of a pack folder: pack.yaml and its courses, scenarios and so on."),
    )
    publish = forms.TypedChoiceField(
        label=_("Save as"),
        choices=[("1", _("Published")), ("0", _("Drafts, to review before publishing"))],
        coerce=lambda value: value == "1",
        initial="1",
        widget=forms.RadioSelect,
    )
    overwrite = forms.BooleanField(
        label=_("Replace items edited on this site"),
        required=False,
        help_text=_("Off: anything a trainer changed here since it was imported is kept as it is."),
    )

    def clean_pack(self):
        upload = self.cleaned_data["pack"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The pack is larger than 20 MB."))
        if not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError(_("Choose a .zip file."))
        return upload
