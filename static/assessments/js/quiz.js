// Quiz page: a countdown to the server's deadline that sends the answers at zero, and a
// guard against double submission. The server enforces both; this only helps the learner.
(function () {
  "use strict";
  var form = document.querySelector("[data-quiz-form]");
  if (!form) return;
  var sending = false;
  form.addEventListener("submit", function (event) {
    if (sending) { event.preventDefault(); return; }
    sending = true;
    var buttons = form.querySelectorAll("button[type=submit]");
    window.setTimeout(function () { buttons.forEach(function (b) { b.disabled = true; }); }, 0);
  });
  var timer = document.querySelector("[data-quiz-timer]");
  if (!timer) return;
  var clock = timer.querySelector("[data-clock]");
  var skew = Date.parse(timer.dataset.now) - Date.now();
  var deadline = Date.parse(timer.dataset.deadline);
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function tick() {
    var left = Math.max(0, Math.round((deadline - (Date.now() + skew)) / 1000));
    clock.textContent = pad(Math.floor(left / 60)) + ":" + pad(left % 60);
    timer.classList.toggle("timer--low", left <= 60);
    if (left === 0 && !sending) {
      var submit = form.querySelector("[data-submit]");
      if (form.requestSubmit) { form.requestSubmit(submit); } else { form.submit(); }
      return;
    }
    if (left > 0) window.setTimeout(tick, 1000);
  }
  tick();
})();
