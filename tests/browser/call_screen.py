"""Speaking on the call screen in a browser test: type a line, send it with Enter, and
wait until the customer has answered and the screen is ready for the next line."""

CALL_READY = "() => !document.querySelector('[data-call]').classList.contains('call--busy')"


def say(page, line: str) -> None:
    box = page.get_by_label("Your reply to the customer")
    customers = page.locator(".bubble--customer").count()
    box.fill(line)
    box.press("Enter")
    page.locator(".bubble--customer").nth(customers).wait_for()
    page.wait_for_function(CALL_READY)


def say_lines(page, lines) -> None:
    for line in lines:
        say(page, line)
