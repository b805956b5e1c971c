package org.dudao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.dudao.DudaoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist speaks Chinese to a Chinese browser and English to others, with Dudao's name and no vendor banner. */
@DudaoIntegrationTest
class TasklistLanguageIT {

    @LocalServerPort int port;

    @Test
    void aChineseBrowserGetsTheChineseTasklistWithItsFilters() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.open("/camunda/app/tasklist/default/");
            browser.element(By.cssSelector("input[placeholder='用户名']"));
            browser.screenshot("01-tasklist-login-zh");

            browser.login("tasklist", "liaison-sanxi");
            browser.await(driver -> browser.text().contains("我的待办"));
            String page = browser.text();
            assertThat(page).contains("我的待办", "本单位整改", "即将到期", "已逾期", "Dudao 督导")
                    .doesNotContain("督导办待办", "Camunda 8");
            assertThat(browser.elements(By.cssSelector(".ce-eol-banner")))
                    .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
            assertThat(browser.driver().getTitle()).contains("武胜县教育督导委员会办公室");
            // lists open sorted by due date
            browser.await(driver -> driver.getCurrentUrl().contains("sorting="));
            assertThat(java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"sortBy\":\"dueDate\"");
            browser.screenshot("02-tasklist-liaison-zh");
        }
    }

    @Test
    void anEnglishBrowserGetsEnglish() {
        try (Browser browser = new Browser(port, "en-US")) {
            browser.open("/camunda/app/tasklist/default/");
            browser.element(By.cssSelector("input[placeholder='Username']"));
            browser.login("tasklist", "office1");
            browser.await(driver -> browser.text().contains("我的待办"));
            assertThat(browser.text()).contains("Create task").doesNotContain("创建任务");
        }
    }
}
