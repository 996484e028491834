"""A progress line for a long import: done/total, rate and time left, in Vietnamese."""

import sys
import time

EVERY_SECONDS = 0.5
EVERY_SECONDS_LOGGED = 10  # when the output is a log file, not a terminal


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Progress:
    def __init__(self, total: int | None, stream=None, enabled=True):
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        # The first line waits a moment: a rate read off one item says nothing.
        self.shown_at = self.started
        self.done = 0

    def step(self, count=1):
        self.done += count
        now = time.monotonic()
        if now - self.shown_at >= (EVERY_SECONDS if self.tty else EVERY_SECONDS_LOGGED):
            self.shown_at = now
            self.show(now)

    def line(self, now=None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-6)
        rate = self.done / elapsed
        if self.total:
            share = min(self.done / self.total, 1.0)
            filled = int(share * 24)
            bar = "█" * filled + "░" * (24 - filled)
            left = (self.total - self.done) / rate if rate else 0
            return (
                f"{bar} {_number(self.done)}/{_number(self.total)} ({share:.0%}) · "
                f"{rate:.0f} mục/giây · còn {_duration(left)}"
            )
        return f"{_number(self.done)} mục · {rate:.0f} mục/giây · đã chạy {_duration(elapsed)}"

    def show(self, now=None):
        if not self.enabled:
            return
        end = "\r" if self.tty else "\n"
        self.stream.write(self.line(now) + end)
        self.stream.flush()

    def finish(self):
        if self.enabled:
            self.show()
            if self.tty:
                self.stream.write("\n")
