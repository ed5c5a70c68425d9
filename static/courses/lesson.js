// Lesson page: answer knowledge checks in place, count reading time, say what is left when
// "Complete" is pressed too early. Works without it too: every form posts to a plain view
// and the page reloads with the same feedback (the "Complete" error beside the button).
(function () {
  "use strict";
  var layout = document.querySelector("[data-lesson]");
  if (!layout || !layout.dataset.lesson) { return; }
  var lessonId = layout.dataset.lesson;
  var csrf = (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value || "";

  function text(tag, className, content) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    el.textContent = content;
    return el;
  }

  document.querySelectorAll("[data-kcheck]").forEach(function (box) {
    var form = box.querySelector("form");
    var feedback = box.querySelector(".kcheck__feedback");
    form.addEventListener("submit", function (event) {
      var picked = form.querySelector("input[name=choice]:checked");
      if (!picked || !box.dataset.url) { return; }
      event.preventDefault();
      event.stopPropagation();
      var button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = true; }
      fetch(box.dataset.url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
        body: JSON.stringify({ choice: parseInt(picked.value, 10) })
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        feedback.replaceChildren();
        form.querySelectorAll(".choice").forEach(function (c) { c.classList.remove("choice--picked"); });
        picked.closest(".choice").classList.add("choice--picked");
        if (!result.ok) {
          feedback.appendChild(text("p", "field__error", result.data.detail || "Something went wrong."));
          if (button) { button.disabled = false; }
          return;
        }
        var data = result.data;
        box.classList.toggle("kcheck--correct", data.correct);
        box.classList.toggle("kcheck--wrong", !data.correct);
        var verdict = document.createElement("p");
        verdict.className = "kcheck__verdict";
        verdict.appendChild(text("span", "badge " + (data.correct ? "badge--ok" : "badge--bad"),
          data.correct ? box.dataset.correctLabel || "Correct" : box.dataset.wrongLabel || "Not quite"));
        feedback.appendChild(verdict);
        if (data.feedback) { feedback.appendChild(text("p", "", data.feedback)); }
        if (data.correct) {
          form.querySelector("fieldset").disabled = true;
          if (button) { button.remove(); }
        } else if (button) {
          button.disabled = false;
          button.textContent = box.dataset.retryLabel || "Try again";
        }
        var summary = document.querySelector("[data-checks-summary]");
        if (summary && summary.dataset.template) {
          summary.textContent = summary.dataset.template
            .replace("{n}", data.checks_correct).replace("{total}", data.checks_total);
        }
        if (data.correct) {
          var todo = document.querySelector('[data-todo="' + box.id + '"]');
          if (todo) { todo.remove(); }
        }
        if (data.lesson_completed) {
          var error = document.querySelector("[data-complete-error]");
          if (error) { error.hidden = true; }
          var done = document.querySelector("[data-lesson-done]");
          if (done) { done.hidden = false; }
          var hint = document.querySelector("[data-checks-hint]");
          if (hint) { hint.hidden = true; }
          var current = document.querySelector(".lesson-list__item.is-current");
          if (current) { current.classList.add("is-done"); }
          var needs = document.querySelector("[data-needs-checks]");
          if (needs) { needs.removeAttribute("data-needs-checks"); needs.removeAttribute("aria-describedby"); }
        }
      }).catch(function () {
        feedback.replaceChildren(text("p", "field__error", box.dataset.networkLabel || "Could not reach the server. Try again."));
        if (button) { button.disabled = false; }
      });
    });
  });

  // Reading time: counted while the tab is visible, sent when the learner leaves.
  var visibleSince = document.visibilityState === "visible" ? Date.now() : null;
  var pending = 0;
  function collect() {
    if (visibleSince) { pending += (Date.now() - visibleSince) / 1000; visibleSince = null; }
  }
  function flush() {
    collect();
    var seconds = Math.round(pending);
    if (seconds < 2) { return; }
    pending = 0;
    var body = new Blob([JSON.stringify({ seconds: seconds })], { type: "application/json" });
    var headers = { "Content-Type": "application/json", "X-CSRFToken": csrf };
    fetch("/api/v1/courses/lessons/" + lessonId + "/time", {
      method: "POST", credentials: "same-origin", headers: headers, body: body, keepalive: true
    }).catch(function () {});
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { visibleSince = Date.now(); } else { flush(); }
  });
  window.addEventListener("pagehide", flush);
  // "Complete" with checks left: say so beside the button and move focus there, rather
  // than posting and landing at the top of the page.
  var completeError = document.querySelector("[data-complete-error]");
  function showCompleteError(button) {
    completeError.hidden = false;
    if (button) { button.setAttribute("aria-describedby", completeError.id); }
    completeError.focus();
  }
  var completeForm = document.querySelector("[data-complete-form]");
  if (completeError && !completeError.hidden) { showCompleteError(null); }
  if (completeForm) {
    completeForm.addEventListener("submit", function (event) {
      var button = completeForm.querySelector("[data-needs-checks]");
      if (button && completeError) {
        event.preventDefault();
        showCompleteError(button);
        return;
      }
      collect();
      var field = completeForm.querySelector("[data-seconds]");
      if (field) { field.value = Math.round(pending); pending = 0; }
    });
  }
})();
