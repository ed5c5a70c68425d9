// "Check a line": submit the box's GET form in place. Fetches the result alone
// (fragment=1, the same template the no-script page shows) and puts it under the form;
// if that fails, the form is submitted normally. Framework-free.
(function () {
  "use strict";
  document.querySelectorAll("[data-check-line]").forEach(function (box) {
    var form = box.querySelector("[data-check-line-form]");
    var out = box.querySelector("[data-check-line-result]");
    if (!form || !out || !window.fetch || !window.URLSearchParams) { return; }
    var pending = false;
    form.addEventListener("submit", function (event) {
      if (event.defaultPrevented) { return; } // a double submit stopped by app.js
      event.preventDefault();
      if (pending) { return; }
      pending = true;
      var params = new URLSearchParams(new FormData(form));
      params.set("fragment", "1");
      out.setAttribute("aria-busy", "true");
      fetch(form.action.split("#")[0] + "?" + params.toString(), {
        credentials: "same-origin",
        headers: { "Accept": "text/html" }
      }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      }).then(function (html) {
        out.innerHTML = html;
      }).catch(function () {
        form.submit(); // the no-script way (no submit event): the whole page with the result
      }).then(function () {
        pending = false;
        out.removeAttribute("aria-busy");
        form.dataset.submitted = "false"; // app.js's submit-once guard: another check may follow
      });
    });
  });
})();
