package org.dudao.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page: what Dudao is, and where the apps and the API docs are. */
@Controller
class LandingController {

    private final String county;

    LandingController(@Value("${dudao.county}") String county) {
        this.county = county;
    }

    @GetMapping("/")
    String landing(Model model) {
        model.addAttribute("county", county);
        return "index";
    }
}
