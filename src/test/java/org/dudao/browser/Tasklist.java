package org.dudao.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist in Chinese as one logged-in user sees it: the task list of a case, a task's form,
 * claiming and completing, the start-process dialog.
 */
public final class Tasklist {

    private static final By TASK_FORM = By.cssSelector(".task-details .fjs-form");
    // buttons are found by their Chinese captions: an untranslated Tasklist fails here
    private static final By CLAIM = By.xpath("//*[contains(@class,'task-details')]//button[contains(@class,'claim')]"
            + "[normalize-space(.)='认领']");
    private static final By COMPLETE = By.xpath("//*[contains(@class,'task-details')]//div[contains(@class,'form-actions')]"
            + "//button[normalize-space(.)='完成']");
    private static final String NOTIFICATIONS_CSS = ".notifications .notification, .notifications .alert";

    private final Browser browser;

    private Tasklist(Browser browser) {
        this.browser = browser;
    }

    /** A fresh browser with a Chinese language preference, logged into Tasklist as {@code user}. */
    public static Tasklist loginAs(int port, String user) {
        Browser browser = new Browser(port, "zh-CN");
        browser.login("tasklist", user);
        browser.await(driver -> browser.text().contains("我的待办"));
        return new Tasklist(browser);
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Shows the user's first filter (我的待办) narrowed to one case, as the search box does with
     * "流程实例业务键 = case id", and returns the task names listed.
     */
    public List<String> tasksOfCase(String caseKey) {
        String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + caseKey + "\",\"name\":\"\"}]";
        // a full load, so the list is fetched anew even when the address did not change
        browser.driver().get("about:blank");
        browser.open("/camunda/app/tasklist/default/#/?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        browser.await(driver -> browser.text().contains("我的待办"));
        // loaded: either tasks or the "none found" note, never the loader
        browser.await(driver -> !taskNames().isEmpty() || browser.text().contains("未找到符合过滤条件的任务"));
        return taskNames();
    }

    @SuppressWarnings("unchecked")
    private List<String> taskNames() {
        // read in one go: the list may render again while it is read
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('[cam-tasks] li.task h4 a'))"
                + ".map(a => a.textContent.trim())");
    }

    /** Opens the case's task named {@code name} from the list and claims it, so its form can be filled in. */
    public CamundaForm claim(String caseKey, String name) {
        browser.await(driver -> tasksOfCase(caseKey).contains(name));
        browser.click(By.xpath("//*[@cam-tasks]//li[contains(@class,'task')]//h4/a[normalize-space(.)='" + name + "']"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector(".task-details h2.task"), name));
        browser.element(TASK_FORM);
        // a task this user claimed before (an earlier visit) offers no claim button and an enabled form
        browser.await(driver -> !browser.elements(CLAIM).isEmpty()
                || browser.elements(By.cssSelector(".task-details .disabled-form")).isEmpty());
        if (!browser.elements(CLAIM).isEmpty()) {
            browser.click(CLAIM);
        }
        // the form is read-only until the task is claimed and renders again afterwards
        browser.await(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
        browser.await(driver -> browser.elements(By.cssSelector(".task-details .disabled-form")).isEmpty());
        browser.element(TASK_FORM);
        return new CamundaForm(browser, By.cssSelector(".task-details .fjs-form"));
    }

    /** Clicks 完成 and waits until Tasklist has closed the completed task (it shows an error notification otherwise). */
    public void complete() {
        clickComplete();
        browser.await(driver -> {
            String shown = notifications();
            if (shown.contains("出错")) {
                throw new AssertionError("Tasklist refused the form: " + shown);
            }
            return browser.elements(By.cssSelector(".task-details h2.task")).isEmpty();
        });
    }

    /**
     * Leaves the field being typed in, as a person's click on the button does, then clicks 完成. A click that
     * follows the typing within moments was seen to be ignored now and then (Tasklist sent no request; form-js
     * takes typed text in after a debounce), so when Tasklist shows no sign of submitting, the click is repeated
     * once, as a person would.
     */
    private void clickComplete() {
        browser.script("if (document.activeElement) { document.activeElement.blur(); }");
        for (int attempt = 0; attempt < 2; attempt++) {
            browser.click(COMPLETE);
            try {
                browser.await(Duration.ofSeconds(3), driver -> submitting());
                return;
            } catch (TimeoutException notStarted) {
                // clicked while the form settled: click again
            }
        }
        throw new AssertionError("Tasklist does not submit the form: " + notifications());
    }

    /** Tasklist disables 完成 while it submits, removes the task when done, or says why it failed. */
    private boolean submitting() {
        try {
            List<WebElement> button = browser.elements(COMPLETE);
            return button.isEmpty() || !button.get(0).isEnabled() || !notifications().isBlank();
        } catch (StaleElementReferenceException removedMeanwhile) {
            return true;
        }
    }

    /** Clicks 完成 on a form that should be refused; returns the notifications shown instead. */
    public String completeRefused() {
        clickComplete();
        browser.await(driver -> !notifications().isBlank());
        String shown = notifications();
        dismissNotifications();
        return shown;
    }

    /** Closes the notifications shown, so the next action's outcome is not mistaken for an old one. */
    public void dismissNotifications() {
        for (WebElement close : browser.elements(By.cssSelector(".notifications .close"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        browser.await(driver -> notifications().isBlank());
    }

    public String notifications() {
        // read in one go: notifications come and go while they are read
        return (String) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(n => n.innerText.trim()).filter(t => t).join('\\n')", NOTIFICATIONS_CSS);
    }

    /** Opens the start-process dialog and picks the process named {@code name}; returns its start form. */
    public CamundaForm startForm(String name) {
        browser.open("/camunda/app/tasklist/default/");
        browser.click(By.cssSelector(".start-process-action a"));
        browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='" + name + "']"));
        browser.element(By.cssSelector(".modal .fjs-form"));
        return new CamundaForm(browser, By.cssSelector(".modal .fjs-form"));
    }

    /** Clicks 启动 in the start dialog and waits for the confirmation. */
    public void start() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='启动']"));
        browser.await(driver -> {
            String shown = notifications();
            if (shown.contains("无法启动")) {
                throw new AssertionError("Tasklist refused the start form: " + shown);
            }
            return shown.contains("流程已启动");
        });
    }

    public void close() {
        browser.close();
    }
}
