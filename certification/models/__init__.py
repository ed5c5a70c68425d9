"""Certification programs and certificates, retraining rules and needs, assignments, exports.

Split by concept; each module holds fields, Meta, ``__str__`` and small derived
properties only. Workflows live in ``certification.services``.
"""

from .assignments import Assignment, AssignmentQuerySet, AssignmentStatus
from .certificates import (
    Certificate,
    CertificateEvent,
    CertificateQuerySet,
    CertificateStatus,
    EventKind,
)
from .exports import CsvExport, ExportKind, ExportStatus
from .programs import CertificationProgram, Level
from .retraining import (
    NeedEvidence,
    NeedStatus,
    RetrainingNeed,
    RetrainingRule,
    RuleEvaluationLog,
    RuleKind,
)

__all__ = [
    "Assignment",
    "AssignmentQuerySet",
    "AssignmentStatus",
    "Certificate",
    "CertificateEvent",
    "CertificateQuerySet",
    "CertificateStatus",
    "CertificationProgram",
    "CsvExport",
    "EventKind",
    "ExportKind",
    "ExportStatus",
    "Level",
    "NeedEvidence",
    "NeedStatus",
    "RetrainingNeed",
    "RetrainingRule",
    "RuleEvaluationLog",
    "RuleKind",
]
