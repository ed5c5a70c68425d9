"""English lines for the offline customer: temperament x intent x mood band ("low", "mid",
"high", or "any").

Placeholders the engine fills (a line whose placeholder has no value is skipped):
{issue} "my order" / "this bill" (from the scenario), {want} the customer's goal ("a refund",
"to get my order"), {problem} the problem in the customer's words, {fact} the facts just
earned, {choice}/{choice_lower} the option the customer picks among several offered,
{dear} the persona's term of address (", dear", or nothing), {jargon}/{dismissive}/{blame}/
{policy} the agent's own words, {unmet} what is missing before the customer accepts.
"""

from __future__ import annotations

# Short lead-ins and tails that are mixed into composed lines (ANSWER with facts).
FACT_LEADS = {
    "angry": {
        "low": ("Fine.", "Ugh. Okay.", "Right.", "Fine, if you must know."),
        "any": ("Okay.", "Sure.", "Right, yes."),
    },
    "confused": {
        "any": (
            "Oh, um, let me see...",
            "Okay, I think...",
            "Hang on, it's here somewhere...",
            "Um, yes.",
        )
    },
    "impatient": {"any": ("Quickly, then.", "Okay.", "Here.", "Right.")},
    "anxious": {
        "any": (
            "Oh, yes, of course.",
            "Yes! Sorry, I'm a bit flustered.",
            "Okay, um.",
            "Yes, I have it here.",
        )
    },
    "skeptical": {"any": ("Alright.", "If that's really necessary.", "Fine.", "For the record.")},
    "default": {"any": ("Sure.", "Okay.", "Yes.", "Of course.")},
}
FACT_TAILS = {
    "angry": {
        "low": (
            "Now can you actually do something?",
            "Happy now?",
            "Can we please get on with it?",
            "",
        ),
        "any": ("What else do you need?", "", "Does that help?"),
    },
    "confused": {
        "any": ("Is that the right one?", "Does that make sense?", "", "Was that what you meant?")
    },
    "impatient": {"any": ("Next?", "What now?", "", "Can we move this along?")},
    "anxious": {"any": ("Is that okay?", "Does that help at all?", "", "Is that what you needed?")},
    "skeptical": {"any": ("Now what?", "", "I assume you can see it on your end.")},
    "default": {"any": ("", "Anything else?", "Does that help?")},
}

LINES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "default": {
        "premature_close": {
            "any": (
                "Hang on, is that it? Nothing's actually been sorted yet.",
                "Wait, don't go. What about {issue}?",
            )
        },
        "asked_again": {
            "any": (
                "I already gave you that: {again}.",
                "Like I said before, {again}.",
                "I told you that already: {again_line}.",
                "Again? I just gave you that: {again_line}.",
            )
        },
        "unknown_detail": {
            "any": (
                "Oh, I don't have that to hand. Can you find me another way?",
                "I'd have to look that up. Is there something else you can use?",
                "Sorry, I don't know that off the top of my head.",
            )
        },
        "still": {
            "any": (
                "Same as before. Nothing's changed.",
                "Still the same, no change.",
                "No, it hasn't changed.",
                "It's just like I said, still the same.",
            )
        },
        "other_language": {
            "any": (
                "Sorry, I didn't understand a word of that. Can we do this in English?",
                "I'm sorry, I only speak English.",
                "Pardon? I don't speak that. English, please.",
            )
        },
        "open": {
            "any": ("Hi, I'm calling about {issue}.", "Hello? I need some help with {issue}.")
        },
        "vent": {
            "low": (
                "This is really not good enough. {problem}.",
                "I'm fed up with {issue}, honestly.",
            ),
            "mid": ("I just want this sorted. {problem}.", "It's been a real hassle, you know."),
            "high": ("I'd just like to get this sorted, that's all.",),
        },
        "answer": {
            "any": (
                "Like I said, {problem}.",
                "All I want is {want}.",
                "Well, the thing is, {problem}.",
                "What I need is {want}.",
            )
        },
        "clarify": {
            "any": (
                "Sorry, what does that mean?",
                "I'm not sure I follow.",
                "Can you say that in plain English?",
            )
        },
        "push_back": {
            "any": (
                "That doesn't really answer my question.",
                "Okay, but what are you actually going to do?",
                "You're not really telling me anything.",
            )
        },
        "escalate": {
            "any": (
                "I'd like to speak to a manager, please.",
                "This is getting ridiculous. Is there someone else I can talk to?",
            )
        },
        "calm": {
            "any": (
                "Okay. Thank you, I appreciate that.",
                "Right, that helps, thanks.",
                "Okay, that's good to hear.",
            )
        },
        "refuse": {
            "any": ("I don't think that works for me.", "Hmm, no, that's not what I'm after.")
        },
        "refuse_forbidden": {
            "any": (
                "Can you actually do that? I don't want a promise that falls through.",
                "Are you sure you're allowed to do that? I don't want to be let down again.",
            )
        },
        "refuse_unsatisfying": {
            "any": (
                "That doesn't really help. I want {want}.",
                "No, that isn't what I need. I want {want}.",
            )
        },
        "accept": {
            "any": (
                "Okay, yes, that works for me.",
                "Alright, that sounds fine. Thank you.",
                "Yes, let's do that.",
            )
        },
        "wait": {
            "short": ("Sure, I'll hold.", "Okay, no problem."),
            "long": ("Hello? Are you still there?", "I've been on hold for ages. Hello?"),
        },
        "courtesy": {
            "any": (
                "Thanks again, really.",
                "Okay. Thank you for sorting it out.",
                "That's great, thanks.",
                "Perfect. I appreciate it.",
            )
        },
        "choose": {
            "any": (
                "{choice}, please. That's what I'd rather.",
                "I'd go for {choice_lower}, if that's alright.",
                "{choice}. Let's do that.",
            )
        },
        "report_blocked": {
            "any": (
                "I did that, but nothing's changed.",
                "Okay, done. It's still the same, though.",
                "I tried it. No difference.",
            )
        },
        "report_again": {"any": ("I've already done that.", "I did that a minute ago, remember?")},
        "close": {
            "any": (
                "No, that's everything. Thanks for your help. Bye.",
                "That's all, thank you. Have a good day.",
                "Great, thanks. Goodbye.",
            )
        },
        "hang_up": {
            "any": (
                "Forget it. I'll take my business elsewhere. Goodbye.",
                "I'm done with this. Goodbye.",
            )
        },
        "stay_in_character": {
            "any": (
                "Sorry? I don't know what you're on about. I just want {want}.",
                "What? I'm calling about {issue}. Can we stick to that?",
                "I'm not sure what that has to do with {issue}.",
            )
        },
    },
    "angry": {
        "vent": {
            "low": (
                "This is absolutely unacceptable! {problem}!",
                "Do you have any idea how long I've been waiting? {problem}!",
                "I am sick and tired of chasing {issue}. Every single time!",
                "I've been a customer for years and this is how I'm treated?",
                "You people keep making excuses. I want {want}!",
                "Nobody there seems to care. {problem}, and no one has done a thing!",
            ),
            "mid": (
                "Look, I'm still not happy. {problem}.",
                "I just want {want}. Is that too much to ask?",
                "I've heard promises before. I want this fixed.",
                "Sorry doesn't fix {issue}. What are you going to do?",
            ),
            "high": (
                "Okay. But I really need this sorted today.",
                "Fine, I appreciate that. Just get it done, please.",
            ),
        },
        "answer": {
            "low": (
                "I already told you! {problem}!",
                "What do you think? I want {want}!",
                "For the last time: {problem}.",
                "It's simple. I want {want}. Now!",
            ),
            "mid": (
                "Like I said, {problem}.",
                "I want {want}. That's all.",
                "Look, {problem}. That's the whole story.",
            ),
            "high": ("Well, {problem}. I'd just like {want}.", "Honestly, I just want {want}."),
        },
        "push_back": {
            "low": (
                "Don't you dare tell me '{dismissive}'!",
                "'{dismissive}'? Are you serious?",
                "'{blame}'? So now it's my fault? Unbelievable!",
                "I don't care about '{policy}'. I care about {issue}!",
                "That's not an answer! What are you going to DO about it?",
                "You're reading me a script. Talk to me like a person!",
                "Stop wasting my time!",
            ),
            "mid": (
                "That doesn't tell me anything. What happens now?",
                "'{dismissive}'? That's not helpful.",
                "Don't give me '{policy}'. Help me.",
                "Are you actually going to help me or not?",
                "I didn't call to hear excuses.",
            ),
            "high": ("Hm. That's a bit vague, isn't it?", "Can you be more specific?"),
        },
        "escalate": {
            "any": (
                "Put me through to your manager. Now.",
                "That's it. I want to speak to someone in charge!",
                "I'm going to post about this everywhere. This is a disgrace!",
                "One more answer like that and I'm cancelling everything.",
                "Unbelievable. I want a supervisor on this call.",
            )
        },
        "calm": {
            "low": (
                "...Fine. At least someone's listening.",
                "Okay. Okay. Go on then.",
                "Well. That's the first helpful thing I've heard.",
            ),
            "mid": (
                "Alright. Thank you for actually listening.",
                "Okay. That's better. So what happens now?",
                "Right. I appreciate that. I'm just really frustrated.",
            ),
            "high": (
                "Okay, thank you. I'm sorry I snapped, it's been a long week.",
                "Thanks. That actually makes me feel a lot better.",
                "Great. You've been more helpful than the last three people.",
            ),
        },
        "refuse": {"any": ("Hold on. {unmet_line}", "No. {unmet_line}")},
        "hang_up": {
            "any": (
                "Forget it! I'm done with you people.",
                "That's it. I'm hanging up and I'm never ordering from you again!",
                "Useless. Absolutely useless. Goodbye!",
            )
        },
        "close": {
            "any": (
                "Right. Thanks for sorting it. Bye.",
                "Okay. Thank you. You've been helpful, actually. Goodbye.",
                "Fine, that's everything. Thanks. Bye.",
            )
        },
        "stay_in_character": {
            "any": (
                "What are you talking about? I want {want}!",
                "Are you messing with me? I called about {issue}!",
                "Is this some kind of joke? Deal with {issue}!",
            )
        },
        "wait": {
            "short": ("Fine. Be quick.", "Don't leave me hanging."),
            "long": (
                "Hello?! I've been sitting here for ages!",
                "Are you seriously still keeping me on hold?!",
            ),
        },
        "premature_close": {
            "any": (
                "Don't you dare wrap this up. Nothing has been fixed!",
                "'Anything else'? You haven't done the first thing yet!",
                "Are you trying to get rid of me? What about {issue}?",
            )
        },
        "asked_again": {
            "any": (
                "I already told you! {again}. Are you even listening?",
                "For the second time: {again}. Write it down.",
                "{again}. I said that already.",
            )
        },
    },
    "confused": {
        "vent": {
            "any": (
                "I'm sorry, I just don't understand {issue}. {problem}.",
                "I've looked at it three times and it still doesn't make sense to me.",
                "My daughter usually does this sort of thing for me. I'm a bit lost.",
                "I'm not very good with these things. {problem}.",
            )
        },
        "answer": {
            "any": (
                "Well, um, {problem}. At least I think so.",
                "I suppose what I'm after is {want}.",
                "Oh, let me think. {problem}, if that makes sense.",
                "I'm not sure, really. I just want {want}.",
            )
        },
        "clarify": {
            "any": (
                "Sorry, what's '{jargon}'? I don't know what that means.",
                "'{jargon}'? You've lost me there, I'm afraid.",
                "I'm sorry, I didn't follow any of that. Could you explain it more simply?",
                "Sorry, what do you mean? I'm a bit confused.",
                "Um... so what does that mean for me?",
                "I'm sorry, could you go a bit slower? I'm writing this down.",
            )
        },
        "push_back": {
            "any": (
                "I'm sorry, I still don't understand what I'm supposed to do.",
                "But that doesn't tell me why {issue} is like this.",
                "Oh. Um. I don't really know what that means for me.",
                "I don't want to be a bother, but I'm still confused.",
            )
        },
        "escalate": {
            "any": (
                "I'm getting really upset now. Is there someone who can explain this properly?",
                "This is too much. Can I talk to someone else, please?",
                "I feel like nobody is listening to me.",
            )
        },
        "calm": {
            "any": (
                "Oh, thank you{dear}. That's very kind of you.",
                "Oh, good. I was getting myself in a bit of a muddle.",
                "Right, okay. You're very patient with me.",
                "Thank you. I'm so glad I got someone nice.",
                "Oh, that's a relief. So what do I need to do?",
            )
        },
        "refuse": {"any": ("Oh, but... {unmet_line}", "I'm sorry, I'm not sure. {unmet_line}")},
        "close": {
            "any": (
                "Thank you so much{dear}. That's a weight off my mind. Bye now.",
                "You've been ever so helpful. Goodbye.",
                "Lovely, thank you. I understand it now. Bye!",
            )
        },
        "hang_up": {
            "any": (
                "I'm sorry, this is just too confusing. I'll call back another time. Goodbye.",
                "I can't do this. I'll ask my son to ring you. Bye.",
            )
        },
        "stay_in_character": {
            "any": (
                "Sorry? I don't understand what you mean by that. I'm just calling about {issue}.",
                "I don't know anything about that{dear}. I just want {want}.",
            )
        },
        "wait": {
            "short": ("Oh, okay, I'll wait.",),
            "long": ("Hello? Are you still there? I wasn't sure if I'd been cut off.",),
        },
        "premature_close": {
            "any": (
                "Oh. Is that it? I'm sorry, I still don't know what's happening with {issue}.",
                "Wait, sorry, before you go... what do I actually need to do?",
            )
        },
        "asked_again": {
            "any": (
                "Oh, did I not say? It's {again}. I think.",
                "I'm sure I told you{dear}. It's {again}.",
            )
        },
    },
    "impatient": {
        "premature_close": {
            "any": (
                "We're not done. You haven't actually fixed anything.",
                "Hold on. Is it sorted or not?",
            )
        },
        "asked_again": {
            "any": ("I literally just told you. {again}.", "Again? {again}. Can we keep moving?")
        },
        "vent": {
            "any": (
                "Look, I don't have all day. {problem}.",
                "I'm between meetings. Can we speed this up?",
                "I've already explained this twice to your colleagues.",
                "Just get to the point, please. I want {want}.",
            )
        },
        "answer": {
            "any": (
                "{problem}. Can we move on?",
                "I want {want}. Quickly, please.",
                "Short version: {problem}.",
                "Like I said: I want {want}.",
            )
        },
        "push_back": {
            "any": (
                "That's a lot of words and no answer.",
                "You're wasting my time. What's the bottom line?",
                "I don't need the script. Can you do it or not?",
                "Skip the '{policy}' bit. What are my options?",
                "Yes or no?",
            )
        },
        "escalate": {
            "any": (
                "I'm out of time. Get me someone who can decide.",
                "This is taking forever. I'll just cancel and go elsewhere.",
                "Seriously? I've got five minutes left for this.",
            )
        },
        "calm": {
            "any": (
                "Good. That's what I needed to hear.",
                "Okay, finally. Go on.",
                "Right, that's clear. Thanks.",
                "Great, quick and clear. Appreciate it.",
            )
        },
        "refuse": {"any": ("No. {unmet_line}", "That won't do. {unmet_line}")},
        "close": {
            "any": ("Done. Thanks. Bye.", "Great, that's all. Cheers.", "Perfect. Thanks, bye.")
        },
        "hang_up": {"any": ("I don't have time for this. Bye.", "Forget it, I'll sort it myself.")},
        "stay_in_character": {
            "any": ("I don't have time for games. I want {want}.", "What? Focus, please. {issue}.")
        },
        "wait": {
            "short": ("Make it quick.", "Fine. Thirty seconds."),
            "long": ("Hello?! I said I don't have time for this!", "I'm still waiting. Seriously?"),
        },
    },
    "anxious": {
        "vent": {
            "any": (
                "I'm really worried about {issue}. {problem}.",
                "I've been so stressed about this, I couldn't sleep.",
                "What if it's too late? I really need {want}.",
                "I'm sorry, I'm just a bit panicky. {problem}.",
            )
        },
        "answer": {
            "any": (
                "Oh, um, {problem}. Is that bad?",
                "I just really need {want}.",
                "Well, {problem}. Sorry, is that what you wanted to know?",
                "I need {want}. Is that possible?",
            )
        },
        "push_back": {
            "any": (
                "But what does that mean? Will it be okay?",
                "I'm sorry, I still don't know what's going to happen.",
                "That doesn't really reassure me, to be honest.",
                "Please, I need to know it'll be sorted.",
            )
        },
        "escalate": {
            "any": (
                "I'm really panicking now. Is there anyone who can actually help me?",
                "Oh no. Oh no. This is a disaster.",
                "I can't deal with this. I need someone to just tell me it'll be fine.",
            )
        },
        "calm": {
            "any": (
                "Oh, thank goodness. Thank you.",
                "Okay. Okay, that's a relief.",
                "Thank you, that really helps. I feel a bit better.",
                "Okay, breathe. Right. Thank you so much.",
            )
        },
        "refuse": {"any": ("Oh, um... {unmet_line}", "I'm not sure. {unmet_line}")},
        "close": {
            "any": (
                "Thank you so much, you've been wonderful. Bye!",
                "That's such a relief. Thank you, goodbye.",
                "Thank you! I can finally relax. Bye.",
            )
        },
        "hang_up": {
            "any": (
                "I can't handle this right now. I'm sorry. Goodbye.",
                "This is making it worse. I'll try again later. Bye.",
            )
        },
        "stay_in_character": {
            "any": (
                "Sorry, what? I don't understand. I'm just worried about {issue}.",
                "I... what? Please, I just need {want}.",
            )
        },
        "wait": {
            "short": ("Okay. Please don't forget about me.", "Okay, I'll hold."),
            "long": (
                "Hello? Are you there? I was worried I'd been cut off.",
                "Is everything okay? It's been a while...",
            ),
        },
        "premature_close": {
            "any": (
                "Wait, please don't hang up! Is it going to be okay?",
                "Sorry, but... nothing's been sorted yet, has it?",
            )
        },
        "asked_again": {
            "any": (
                "Oh, um, I think I said it already? It's {again}. Is something wrong?",
                "It's {again}, like I said. Sorry, did I get it wrong?",
            )
        },
    },
    "skeptical": {
        "premature_close": {
            "any": (
                "That's it? You haven't actually done anything.",
                "Convenient. Wrapping up before anything's resolved.",
            )
        },
        "asked_again": {
            "any": (
                "I've already given you that. {again}. Are you taking notes?",
                "Same as two minutes ago: {again}.",
            )
        },
        "vent": {
            "any": (
                "I've heard it all before. {problem}.",
                "Every time I call, someone promises something and nothing happens.",
                "Let's be honest, you're going to tell me there's nothing you can do.",
                "I want {want}, and I'm not settling for excuses.",
            )
        },
        "answer": {
            "any": (
                "As I said, {problem}.",
                "I want {want}. Simple as that.",
                "{problem}. It should all be on your system.",
                "What I want is {want}. Can you do that or not?",
            )
        },
        "push_back": {
            "any": (
                "That sounds like a script.",
                "That's very vague. What exactly will happen?",
                "'{policy}'. Of course. That's what they always say.",
                "'{blame}'? I don't think so.",
                "Words are cheap. What are you actually offering?",
                "Mm-hm. And how do I know that's true?",
            )
        },
        "escalate": {
            "any": (
                "Right, this is exactly what I expected. Put me through to someone senior.",
                "I'll be disputing this with my bank, then.",
                "I've had enough. I'm leaving a review about this.",
            )
        },
        "calm": {
            "any": (
                "Okay. That's more like it.",
                "Alright, that's fair. Go on.",
                "Hm. Okay, that's actually reasonable.",
                "Fine. I appreciate the straight answer.",
            )
        },
        "refuse": {"any": ("Not so fast. {unmet_line}", "Hm. {unmet_line}")},
        "refuse_forbidden": {
            "any": (
                "Last time someone promised me that and it never happened. Can you put that "
                "in writing?",
                "Really? I'll believe it when I see it. Are you even allowed to do that?",
            )
        },
        "close": {
            "any": (
                "Okay. Thanks. I'll hold you to that. Bye.",
                "Fine. Thank you. Goodbye.",
                "Alright, that's sorted then. Thanks.",
            )
        },
        "hang_up": {"any": ("As I expected. Goodbye.", "I'm done. I'll take it up elsewhere.")},
        "stay_in_character": {
            "any": (
                "Nice try. Can we talk about {issue} now?",
                "I don't know what game you're playing. I want {want}.",
            )
        },
        "wait": {
            "short": ("Fine.", "Go ahead."),
            "long": ("Still here. Still waiting.", "Hello? This is taking a while."),
        },
    },
    "talkative": {
        "vent": {
            "any": (
                "Well, it's been quite the week, let me tell you. {problem}, "
                "and then my neighbour said the same happened to her!",
                "I was only saying to my sister yesterday, {issue} has been nothing but bother.",
                "Honestly, I don't normally ring up about things, but {problem}.",
            )
        },
        "answer": {
            "any": (
                "Oh, well, where do I start? {problem}. And I'd only just "
                "got back from my sister's!",
                "What I'd really like, and I said this to my husband, is {want}.",
                "Well, {problem}. Does that happen a lot? I bet it does.",
            )
        },
        "push_back": {
            "any": (
                "Sorry, love, I'm not sure that answers it.",
                "Hmm, you've lost me a bit there. What does that mean for me?",
                "Right... but what are you actually going to do?",
            )
        },
        "escalate": {
            "any": (
                "I'm usually very patient, you know, but this is getting silly.",
                "I think I'd like to speak to your supervisor{dear}. No offence to you.",
            )
        },
        "calm": {
            "any": (
                "Oh, you're a star. My last call was nothing like this.",
                "Oh, that's lovely, thank you. You've got a very calming voice.",
                "Ah, that's better. I knew I'd get someone nice today.",
                "Thank you, I do appreciate it. Sorry, I do go on, don't I?",
            )
        },
        "close": {
            "any": (
                "Oh, you've been wonderful. I'll tell everyone at my book club. Bye now!",
                "Lovely, thank you so much. You have a good day too{dear}. Bye!",
            )
        },
        "hang_up": {
            "any": (
                "Well, I never. I'll ring back when someone helpful is on. Goodbye.",
                "I think we'd better leave it there. Goodbye.",
            )
        },
    },
}

# What the customer says when a resolution is offered before they are ready, per unmet need.
UNMET_LINES = {
    "verification": (
        "You haven't even checked who I am or looked at my account yet.",
        "Don't you need to look me up first?",
    ),
    "empathy": (
        "I don't feel like you've even heard how much trouble this has caused me.",
        "You're rushing me. Do you understand what this has been like?",
    ),
    "acknowledgement": ("Hang on, you haven't even listened to what happened.",),
    "apology": ("Nobody has even said sorry for this yet.",),
    "clarifying_question": (
        "You don't even know the details yet.",
        "You haven't asked me a single question about it.",
    ),
    "ownership": ("Who is actually going to make sure this happens?",),
    "next_steps": ("What exactly happens, and when?",),
    "fact": (
        "Don't you need my {label} first?",
        "Shouldn't we go through my {label} before that?",
    ),
    "story": (
        "Hang on, you haven't heard the whole story yet.",
        "Wait, there's more to it than that.",
    ),
    "any": ("I'm not ready to agree to anything yet.",),
}

ISSUE_NOUNS = (
    ("subscription", "my subscription"),
    ("refund", "my refund"),
    ("bill", "this bill"),
    ("charge", "this charge"),
    ("invoice", "this invoice"),
    ("order", "my order"),
    ("parcel", "my parcel"),
    ("delivery", "my delivery"),
    ("router", "this router"),
    ("app", "this app"),
    ("device", "this device"),
    ("account", "my account"),
)
ISSUE_DEFAULT = "this problem"

# How the customer names the option it picks, by the offer's family (understanding's
# families.toml), and by its place when the family has no word or two options share it.
CHOICE_WORDS = {
    "reship": "The replacement",
    "refund": "The refund",
    "credit": "The credit",
    "pause": "The pause",
    "discount": "The discount",
    "cancellation": "Cancelling",
    "warranty": "The warranty claim",
    "redirect": "The redirect",
    "return": "Sending it back",
    "troubleshoot": "Trying the steps",
    "explain": "The explanation",
    "escalation": "Passing it on",
}
ORDINALS = ("The first one", "The second one", "The third one")
