from .reading import FONT_SIZE_STEPS, font_size_step


def reading_preferences(request):
    step = font_size_step(request.COOKIES)
    return {"font_size_class": FONT_SIZE_STEPS[step], "font_size_step": step}
