// Team table: select people with checkboxes, then "Assign to selected". No framework.
(function () {
  const form = document.querySelector("[data-bulk]");
  if (!form) return;
  const bar = form.querySelector("[data-bulkbar]");
  const count = form.querySelector("[data-bulkcount]");
  const all = form.querySelector("[data-checkall]");
  const boxes = () => Array.from(form.querySelectorAll('input[name="people"]'));
  function update() {
    const n = boxes().filter((b) => b.checked).length;
    bar.hidden = n === 0;
    count.textContent = n === 1 ? count.dataset.one : count.dataset.many.replace("N", n);
    if (all) all.checked = n > 0 && n === boxes().length;
  }
  form.addEventListener("change", (event) => {
    if (event.target === all) boxes().forEach((b) => { b.checked = all.checked; });
    update();
  });
  update();
})();
