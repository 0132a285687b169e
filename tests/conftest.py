"""The test session's locale: messages in English unless a test asks for another language.

The command line picks the language of its messages from the locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``; Finnish when none names Swedish or
English). Tests that assert English messages must not depend on the machine's
locale, so the session names English; tests of the other languages pass
``--lang`` or an environment of their own.
"""

from __future__ import annotations

import os

os.environ.pop("LC_ALL", None)
os.environ["LC_MESSAGES"] = "en_US.UTF-8"
