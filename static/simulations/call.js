// The call screen: send a line, stream the customer's reply (server-sent events over
// fetch), move the mood meter, run the timer, hold / resolve / hang up, and voice mode
// (speech recognition for the agent, speech synthesis for the customer) where the
// browser supports it. Framework-free; without JavaScript the forms post to the server.
(function () {
  "use strict";
  var root = document.querySelector("[data-call]");
  var configEl = document.getElementById("call-config");
  if (!root || !configEl) { return; }
  var config = JSON.parse(configEl.textContent);
  var T = config.text;

  var $ = function (sel) { return root.querySelector(sel); };
  var transcript = $("[data-transcript]");
  var announcer = $("[data-announcer]");
  var errorBox = $("[data-error]");
  var composer = $("[data-composer]");
  var say = $("[data-say]");
  var send = $("[data-send]");
  var count = $("[data-count]");
  var turnsEl = $("[data-turns]");
  var csrf = composer.querySelector("input[name=csrfmiddlewaretoken]").value;

  var busy = false;
  var ended = false;
  var onHold = !!config.onHold;
  var agentTurns = config.agentTurns || 0;
  var timeline = (config.timeline || []).slice();
  // Whether the customer has accepted a resolution, and what they still need if not: the
  // server sends both with every reply, and records the outcome whatever this script asks.
  var accepted = !!config.accepted;
  var stillNeeds = (config.stillNeeds || []).slice();

  // ---- transcript ----------------------------------------------------------------------
  function scrollDown() { transcript.scrollTop = transcript.scrollHeight; }

  function bubble(speaker, text, extra) {
    var li = document.createElement("li");
    li.className = "bubble bubble--" + speaker;
    li.dataset.speaker = speaker;
    if (speaker !== "system") {
      var who = document.createElement("div");
      who.className = "bubble__who";
      who.textContent = speaker === "agent" ? T.you : config.customer;
      li.appendChild(who);
    }
    if (extra) { setChannelParts(li, extra); }
    var p = document.createElement("p");
    p.className = "bubble__text";
    p.textContent = text || "";
    li.appendChild(p);
    transcript.appendChild(li);
    scrollDown();
    return li;
  }

  // An email's subject line; on social media, whether the line was public or private.
  function setChannelParts(li, turn) {
    li.querySelectorAll(".bubble__subject, .audience").forEach(function (el) { el.remove(); });
    var before = li.querySelector(".bubble__text");
    if (turn.subject) {
      var subject = document.createElement("p");
      subject.className = "bubble__subject";
      var label = document.createElement("span");
      label.className = "muted";
      label.textContent = T.subject;
      subject.appendChild(label);
      subject.appendChild(document.createTextNode(" " + turn.subject));
      li.insertBefore(subject, before);
    }
    if (config.channel === "social") {
      var chip = document.createElement("span");
      chip.className = "audience audience--" + (turn.public ? "public" : "private");
      chip.textContent = turn.public ? T.inPublic : T.inPrivate;
      li.insertBefore(chip, before);
      setAudience(turn.public);
    }
  }

  var audienceEl = $("[data-audience]");
  function setAudience(isPublic) {
    if (!audienceEl) { return; }
    audienceEl.className = "audience audience--" + (isPublic ? "public" : "private");
    audienceEl.textContent = isPublic ? T.inPublic : T.inPrivate;
  }

  function setCues(li, cues) {
    var old = li.querySelector(".cues");
    if (old) { old.remove(); }
    if (!cues || !cues.length) { return; }
    var ul = document.createElement("ul");
    ul.className = "cues";
    cues.forEach(function (cue) {
      var c = document.createElement("li");
      c.className = "cue cue--" + (cue.tone || "good");
      c.textContent = cue.label || cue.kind.replace(/_/g, " ");
      c.title = "“" + cue.quote + "”";
      ul.appendChild(c);
    });
    li.appendChild(ul);
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  function announce(text) {
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 30);
  }

  // ---- mood meter ----------------------------------------------------------------------
  // The server reads the mood on its one scale (simulations.mood.MOOD_SCALE) and sends it
  // with every mood: {mood, band, level, label}. The script keeps no scale of its own.
  var meter = root.querySelector("[data-mood-meter]");
  var moodBand = (meter && meter.dataset.moodBand) || config.band || "";
  function sparkPoints(values) {
    if (!values.length) { return ""; }
    if (values.length === 1) { values = [values[0], values[0]]; }
    var w = 240, h = 48, pad = 3, step = (w - 2 * pad) / (values.length - 1);
    return values.map(function (v, i) {
      return (pad + i * step).toFixed(1) + "," + (pad + (h - 2 * pad) * (1 - v / 100)).toFixed(1);
    }).join(" ");
  }
  function setMood(reading, push) {
    if (!reading || typeof reading.mood !== "number") { return; }
    var mood = reading.mood;
    if (reading.band) { moodBand = reading.band; }
    if (!meter) { return; }
    meter.style.setProperty("--mood", mood);
    if (reading.level && reading.level !== meter.dataset.moodLevel) {
      if (meter.dataset.moodLevel) { meter.classList.remove("mood--" + meter.dataset.moodLevel); }
      meter.classList.add("mood--" + reading.level);
      meter.dataset.moodLevel = reading.level;
    }
    meter.dataset.moodBand = moodBand;
    meter.querySelector("[data-mood-value]").textContent = mood;
    var track = meter.querySelector("[data-mood-track]");
    track.setAttribute("aria-valuenow", mood);
    if (reading.label) {
      meter.querySelector("[data-mood-label]").textContent = reading.label;
      track.setAttribute("aria-valuetext", mood + " – " + reading.label);
    }
    if (push && timeline[timeline.length - 1] !== mood) {
      timeline.push(mood);
      var spark = meter.querySelector("[data-mood-spark]");
      if (spark) { spark.setAttribute("points", sparkPoints(timeline)); }
      var hist = meter.querySelector("[data-mood-history]");
      if (hist) { hist.textContent = timeline.join(", "); }
    }
    meter.classList.remove("mood--pulse");
    void meter.offsetWidth; // restart the animation
    meter.classList.add("mood--pulse");
  }

  // ---- timer ---------------------------------------------------------------------------
  var timerEl = $("[data-timer]");
  var startedClock = Date.now() - (config.elapsed || 0) * 1000;
  var timeUpSent = false;
  function tick() {
    if (ended) { return; }
    var s = Math.floor((Date.now() - startedClock) / 1000);
    timerEl.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    var left = config.timeLimit - s;
    root.classList.toggle("call--late", left <= 60 && left > 0);
    if (left <= 0 && !timeUpSent) {
      timeUpSent = true;
      showError(T.timeUp);
      finish(false);
    }
  }
  window.setInterval(tick, 1000);
  tick();

  // ---- status ----------------------------------------------------------------------------
  function setStatus(text, cls) {
    var el = $("[data-call-status]");
    el.className = "live" + (cls ? " live--" + cls : "");
    $("[data-call-status-text]").textContent = text;
  }
  function setBusy(value) {
    busy = value;
    root.classList.toggle("call--busy", value);
    send.disabled = value || onHold || ended;
  }
  function callEnded() {
    ended = true;
    setBusy(false);
    say.disabled = true;
    send.disabled = true;
    root.querySelectorAll(".call__actions button").forEach(function (b) { b.disabled = true; });
    setStatus(T.ended, "ended");
    announce(T.endedGo);
    window.setTimeout(function () { window.location.assign(config.endUrl); }, 1600);
  }

  // ---- talking to the API ---------------------------------------------------------------
  function post(url, body, key) {
    var headers = { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" };
    if (key) { headers["Idempotency-Key"] = key; }
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: headers,
      body: JSON.stringify(body || {})
    });
  }

  // One id per line the agent sends: sending the same line again after a network error
  // reuses it, so the server answers with the stored exchange instead of saying it twice.
  var unsent = { text: null, key: null };
  function requestKey(text) {
    if (unsent.text === text && unsent.key) { return unsent.key; }
    var key = (window.crypto && window.crypto.randomUUID) ? window.crypto.randomUUID()
      : Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
    unsent = { text: text, key: key };
    return key;
  }

  function detail(response) {
    return response.json().then(function (data) { return data.detail || response.statusText; },
      function () { return response.statusText; });
  }

  function parseEvents(buffer, handle) {
    var parts = buffer.split("\n\n");
    var rest = parts.pop();
    parts.forEach(function (block) {
      var event = "message", data = "";
      block.split("\n").forEach(function (line) {
        if (line.indexOf("event:") === 0) { event = line.slice(6).trim(); }
        else if (line.indexOf("data:") === 0) { data += line.slice(5).trim(); }
      });
      if (data) { handle(event, JSON.parse(data)); }
    });
    return rest;
  }

  var subjectEl = $("[data-subject]");
  var isEmail = config.channel === "email";
  function sendLine(text) {
    if (busy || ended) { return; }
    text = (text || "").trim();
    var subject = subjectEl ? subjectEl.value.trim() : "";
    if (!text) { showError(T.empty); say.focus(); return; }
    if (text.length > config.maxChars) { showError(T.tooLong); say.focus(); return; }
    if (isEmail && !subject) { showError(T.subjectMissing); subjectEl.focus(); return; }
    showError("");
    setBusy(true);
    var mine = bubble("agent", text, isEmail ? { subject: subject } : null);
    mine.classList.add("bubble--pending");
    var reply = null;
    var replyText = "";
    say.value = "";
    updateCount();

    function handle(event, data) {
      if (event === "agent") {
        mine.classList.remove("bubble--pending");
        mine.querySelector(".bubble__text").textContent = data.text;
        setChannelParts(mine, data);
        agentTurns += 1;
        turnsEl.textContent = agentTurns;
      } else if (event === "mood") {
        setMood(data, true);
      } else if (event === "token") {
        if (!reply) { reply = bubble("customer", ""); reply.classList.add("bubble--streaming"); reply.setAttribute("aria-busy", "true"); }
        replyText += data.text;
        reply.querySelector(".bubble__text").textContent = replyText;
        scrollDown();
      } else if (event === "reset") {
        replyText = "";
        if (reply) { reply.querySelector(".bubble__text").textContent = ""; }
      } else if (event === "notice") {
        var note = bubble("system", data.text);
        if (reply) { transcript.appendChild(reply); }
        note.setAttribute("role", "status");
      } else if (event === "turn") {
        unsent = { text: null, key: null };
        if (reply) {
          reply.classList.remove("bubble--streaming");
          reply.removeAttribute("aria-busy");
        }
        if (data.reply) {
          if (!reply) { reply = bubble("customer", data.reply.text); }
          reply.querySelector(".bubble__text").textContent = data.reply.text;
          setChannelParts(reply, data.reply);
          if (subjectEl && data.reply.subject) { subjectEl.value = data.reply.subject; }
          announce(T.customerSaid + " " + data.reply.text);
          speak(data.reply.text);
        }
        setMood(data, true);
        setProgress(data.progress);
        setAcceptance(data);
        if (data.status === "ended") { callEnded(); }
      } else if (event === "error") {
        showError(data.detail);
        if (data.status === 409) { callEnded(); }
      }
    }

    var key = requestKey(text);
    post(config.api.stream, isEmail ? { text: text, subject: subject } : { text: text }, key).then(function (response) {
      if (!response.ok) {
        mine.remove();
        return detail(response).then(function (message) {
          showError(message);
          if (response.status === 409 && /ended/i.test(message)) { callEnded(); return; }
          say.value = text; updateCount();
        });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { parseEvents(buffer + "\n\n", handle); return; }
          buffer = parseEvents(buffer + decoder.decode(chunk.value, { stream: true }), handle);
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      showError(T.network);
      if (mine.classList.contains("bubble--pending")) { mine.remove(); say.value = text; updateCount(); }
    }).then(function () {
      if (!ended) { setBusy(false); say.focus(); }
    });
  }

  // ---- what the customer has done (scenarios with steps) ------------------------------------
  function setProgress(progress) {
    var box = $("[data-progress]");
    if (!box || !progress) { return; }
    var steps = box.querySelector("[data-progress-steps]");
    steps.textContent = "";
    progress.steps.forEach(function (step) {
      var li = document.createElement("li");
      li.className = "progress__step";
      li.textContent = step.label;
      steps.appendChild(li);
    });
    box.querySelector("[data-progress-empty]").hidden = progress.steps.length > 0;
    var sees = box.querySelector("[data-progress-sees]");
    sees.textContent = "";
    progress.sees.forEach(function (seen) {
      var dt = document.createElement("dt");
      dt.textContent = seen.label;
      var dd = document.createElement("dd");
      dd.textContent = seen.value;
      sees.appendChild(dt);
      sees.appendChild(dd);
    });
    box.querySelector("[data-progress-solved]").hidden = !progress.solved;
  }

  function applyReply(data) {
    if (data.reply) {
      bubble("customer", data.reply.text);
      announce(T.customerSaid + " " + data.reply.text);
      speak(data.reply.text);
    }
    setMood(data, true);
    setProgress(data.progress);
    setAcceptance(data);
    if (data.status === "ended") { callEnded(); }
  }

  function setHold(value) {
    onHold = value;
    root.querySelector("[data-hold-form]").hidden = value;
    root.querySelector("[data-resume-form]").hidden = !value;
    say.disabled = value;
    send.disabled = value || busy;
    setStatus(value ? T.onHold : T.onCall, value ? "hold" : "");
  }

  function holdToggle() {
    if (busy || ended) { return; }
    setBusy(true);
    var resume = onHold;
    post(resume ? config.api.resume : config.api.hold).then(function (response) {
      if (!response.ok) { return detail(response).then(showError); }
      return response.json().then(function (data) {
        setHold(!resume);
        bubble("system", resume ? T.resumed : T.held);
        applyReply(data);
        (resume ? say : root.querySelector("[data-resume]")).focus();
      });
    }).catch(function () { showError(T.network); }).then(function () { setBusy(false); });
  }

  // ---- resolve: confirm first when the customer has not accepted anything ------------------
  var confirmBox = $("[data-resolve-confirm]");
  var needsList = $("[data-resolve-needs]");

  function setAcceptance(data) {
    if (!data || typeof data.accepted !== "boolean") { return; }
    accepted = data.accepted;
    stillNeeds = data.still_needs || [];
  }

  function resolve() {
    if (busy || ended || (confirmBox && confirmBox.open)) { return; }
    if (accepted || !confirmBox || typeof confirmBox.showModal !== "function") { finish(true); return; }
    needsList.textContent = "";
    stillNeeds.forEach(function (need) {
      var li = document.createElement("li");
      li.textContent = need;
      needsList.appendChild(li);
    });
    confirmBox.returnValue = "";
    confirmBox.showModal();
    confirmBox.querySelector("[data-keep-talking]").focus();  // the safe choice is the default
  }

  if (confirmBox) {
    confirmBox.querySelector("[data-keep-talking]").addEventListener("click", function () { confirmBox.close("keep"); });
    confirmBox.querySelector("[data-end-anyway]").addEventListener("click", function () {
      confirmBox.close("end");
      finish(true);  // the server records it as ended by the agent: nothing was accepted
    });
    confirmBox.addEventListener("close", function () {
      if (confirmBox.returnValue !== "end" && !ended) { (onHold ? root.querySelector("[data-resume]") : say).focus(); }
    });
  }

  function finish(resolved) {
    if (ended) { return; }
    setBusy(true);
    post(config.api.end, { resolved: !!resolved }).then(function () {
      window.location.assign(config.endUrl);
    }).catch(function () { showError(T.network); setBusy(false); });
  }

  // ---- voice ------------------------------------------------------------------------------
  var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  var synth = window.speechSynthesis;
  var voiceOn = false;
  var recognizer = null;
  var voiceBtn = $("[data-voice-toggle]");
  var micBtn = $("[data-mic]");
  var voiceStatus = $("[data-voice-status]");

  var HINTS = {
    female: /female|woman|samantha|victoria|karen|moira|tessa|zira|susan|hazel|serena|fiona|amelie|audrey|marie|aurelie|ting|mei|hui|damayanti|libby|sonia/i,
    male: /\bmale|\bman\b|daniel|alex|fred|david|george|thomas|rishi|oliver|arthur|guy|henri|paul|kangkang|yunyang/i
  };
  function pickVoice() {
    if (!synth) { return null; }
    var lang = (config.lang || "en").toLowerCase();
    var base = lang.split("-")[0];
    var voices = synth.getVoices().filter(function (v) { return v.lang.toLowerCase().indexOf(base) === 0; });
    if (!voices.length) { return null; }
    var hint = (config.voice || "").indexOf("female") >= 0 ? "female" : ((config.voice || "").indexOf("male") >= 0 ? "male" : "");
    var exact = voices.filter(function (v) { return v.lang.toLowerCase() === lang; });
    var pool = exact.length ? exact : voices;
    if (hint) {
      var hinted = pool.filter(function (v) { return HINTS[hint].test(v.name) && !(hint === "male" && HINTS.female.test(v.name)); });
      if (hinted.length) { return hinted[0]; }
    }
    return pool[0];
  }

  function speak(text) {
    if (!voiceOn || !synth || !text) { return; }
    synth.cancel();
    var u = new SpeechSynthesisUtterance(text);
    u.lang = config.lang || "en-GB";
    var voice = pickVoice();
    if (voice) { u.voice = voice; }
    var older = (config.voice || "").indexOf("older") === 0;
    u.pitch = (config.voice || "").indexOf("female") >= 0 ? 1.08 : ((config.voice || "").indexOf("male") >= 0 ? 0.9 : 1);
    if (older) { u.pitch -= 0.1; }
    u.rate = (older ? 0.9 : 1) * (moodBand === "low" ? 1.1 : 1); // an upset customer talks faster
    synth.speak(u);
  }

  function setVoice(value) {
    voiceOn = value && !!synth && !voiceBtn.hidden;  // written channels have no voice
    voiceBtn.setAttribute("aria-pressed", voiceOn ? "true" : "false");
    micBtn.hidden = !(voiceOn && Recognition);
    voiceStatus.textContent = !synth && !Recognition ? T.voiceUnsupported
      : (voiceOn ? (Recognition ? T.voiceOn : T.voiceNoMic) : T.voiceOff);
    if (!voiceOn && synth) { synth.cancel(); }
    if (!voiceOn && recognizer) { recognizer.abort(); }
  }

  function listen() {
    if (!Recognition || !voiceOn || busy || ended || onHold) { return; }
    if (recognizer) { recognizer.stop(); return; }
    if (synth) { synth.cancel(); }
    recognizer = new Recognition();
    recognizer.lang = config.lang || "en-GB";
    recognizer.interimResults = true;
    recognizer.continuous = false;
    var finalText = "";
    micBtn.classList.add("is-listening");
    $("[data-mic-label]").textContent = T.listening;
    recognizer.onresult = function (event) {
      var interim = "";
      for (var i = event.resultIndex; i < event.results.length; i++) {
        if (event.results[i].isFinal) { finalText += event.results[i][0].transcript; }
        else { interim += event.results[i][0].transcript; }
      }
      say.value = (finalText + " " + interim).trim();
      updateCount();
    };
    recognizer.onerror = function (event) { showError(event.error === "not-allowed" ? T.voiceUnsupported : ""); };
    recognizer.onend = function () {
      recognizer = null;
      micBtn.classList.remove("is-listening");
      $("[data-mic-label]").textContent = T.speak;
      if (finalText.trim()) { sendLine(finalText); }
    };
    recognizer.start();
  }

  if (!synth && !Recognition) {
    voiceBtn.disabled = true;
    voiceBtn.title = T.voiceUnsupported;
  }
  voiceBtn.addEventListener("click", function () { setVoice(!voiceOn); });
  micBtn.addEventListener("click", listen);
  if (synth && synth.onvoiceschanged !== undefined) { synth.onvoiceschanged = function () {}; }

  // ---- wiring -----------------------------------------------------------------------------
  function updateCount() { count.textContent = say.value.length; }
  say.addEventListener("input", function () { updateCount(); if (errorBox.textContent) { showError(""); } });
  say.addEventListener("keydown", function (event) {
    // An email is written in paragraphs: Enter is a new line and Ctrl+Enter sends it.
    var sends = isEmail ? (event.ctrlKey || event.metaKey) : !event.shiftKey;
    if (event.key === "Enter" && sends && !event.isComposing) {
      event.preventDefault();
      sendLine(say.value);
    }
  });
  composer.addEventListener("submit", function (event) { event.preventDefault(); sendLine(say.value); });
  root.querySelector("[data-hold-form]").addEventListener("submit", function (e) { e.preventDefault(); holdToggle(); });
  root.querySelector("[data-resume-form]").addEventListener("submit", function (e) { e.preventDefault(); holdToggle(); });
  root.querySelector("[data-resolve-form]").addEventListener("submit", function (e) { e.preventDefault(); resolve(); });
  root.querySelector("[data-hangup-form]").addEventListener("submit", function (e) {
    e.preventDefault();
    if (window.confirm(T.confirmHangup)) { finish(false); }
  });
  document.addEventListener("keydown", function (event) {
    if (!event.altKey || event.ctrlKey || event.metaKey || (confirmBox && confirmBox.open)) { return; }
    var key = event.key.toLowerCase();
    var code = event.code;
    if (key === "h" || code === "KeyH") { event.preventDefault(); holdToggle(); }
    else if (key === "r" || code === "KeyR") { event.preventDefault(); resolve(); }
    else if (key === "x" || code === "KeyX") { event.preventDefault(); if (window.confirm(T.confirmHangup)) { finish(false); } }
    else if (key === "v" || code === "KeyV") { event.preventDefault(); setVoice(!voiceOn); }
    else if (key === "m" || code === "KeyM") { event.preventDefault(); listen(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && synth) { synth.cancel(); }
  });

  // ---- fit the call to a phone's screen -------------------------------------------------------
  // On a narrow screen call.css sizes the call to the screen below the page's top (the
  // header and the mood meter), so the text box and the controls stay in view while the
  // transcript scrolls; --call-top is where the call starts on the page.
  var main = $(".call__main");
  var topbar = document.querySelector(".topbar");
  function fitToScreen() {
    if (topbar) { root.style.setProperty("--topbar-height", topbar.offsetHeight + "px"); }
    root.style.setProperty("--call-top", Math.round(main.getBoundingClientRect().top + window.scrollY) + "px");
  }
  window.addEventListener("resize", fitToScreen);
  if (topbar && window.ResizeObserver) { new window.ResizeObserver(fitToScreen).observe(topbar); }  // the menu opens
  fitToScreen();

  setVoice(false);
  setHold(onHold);
  setBusy(false);
  scrollDown();
  if (!onHold) { say.focus(); }
  root.dataset.ready = "true";  // wired: Enter now sends (tests and scripts wait for this)
})();
