package org.dudao.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;

/**
 * A Camunda Form (form-js) as the Tasklist renders it, filled in as a person does: fields found by their
 * Chinese label, selects and tag lists chosen by the option's label, dates typed into the date picker.
 */
public final class CamundaForm {

    /** The date picker's input format (form-js shows mm/dd/yyyy and parses what is typed on blur). */
    private static final DateTimeFormatter PICKER_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Browser browser;
    private final By scope;

    CamundaForm(Browser browser, By scope) {
        this.browser = browser;
        this.scope = scope;
    }

    /** The form field whose label reads {@code label} (the label's own text, without the required asterisk). */
    public WebElement field(String label) {
        WebElement field = browser.element(new ByChained(scope, fieldLocator(label)));
        // in the middle of the window, so an opened dropdown list is not hidden behind the fields below
        browser.script("arguments[0].scrollIntoView({block: 'center'})", field);
        return field;
    }

    private static By fieldLocator(String label) {
        // not a dynamic list or group: those hold the labels of their fields too
        return By.xpath(".//div[contains(@class,'fjs-form-field ') and not(contains(@class,'fjs-form-field-grouplike'))]"
                + "[.//label[normalize-space(text()[1])='" + label + "']]");
    }

    public CamundaForm type(String label, String value) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea, textarea"));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Picks the option shown as {@code optionLabel} in a select field. */
    public CamundaForm select(String label, String optionLabel) {
        WebElement field = field(label);
        field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")).click();
        pick(field, optionLabel);
        browser.await(driver -> field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty());
        return this;
    }

    /** Adds each of {@code optionLabels} to a tag list by typing it and picking it from the suggestions. */
    public CamundaForm tags(String label, String... optionLabels) {
        WebElement field = field(label);
        for (String optionLabel : optionLabels) {
            WebElement input = field.findElement(By.cssSelector("input.fjs-taglist-input"));
            input.sendKeys(optionLabel.substring(0, Math.min(2, optionLabel.length())));
            pick(field, optionLabel);
            browser.await(driver -> field.findElements(By.xpath(".//*[contains(@class,'fjs-taglist-tag')]"
                    + "[contains(normalize-space(.),'" + optionLabel + "')]")).size() > 0);
        }
        return this;
    }

    public CamundaForm radio(String label, String optionLabel) {
        field(label).findElement(By.xpath(".//label[normalize-space(.)='" + optionLabel + "']")).click();
        return this;
    }

    public CamundaForm check(String label) {
        WebElement box = field(label).findElement(By.cssSelector("input[type='checkbox']"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Types a date into a date field and leaves it, as a person does who does not use the calendar. */
    public CamundaForm date(String label, LocalDate date) {
        WebElement input = field(label).findElement(By.cssSelector("input.flatpickr-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(PICKER_DATE.format(date), Keys.TAB);
        return this;
    }

    /** The validation messages form-js shows under the fields. */
    public List<String> errors() {
        return browser.elements(new ByChained(scope, By.cssSelector(".fjs-form-field-error"))).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** Clicks the option {@code optionLabel} once the field's dropdown list shows it. */
    private void pick(WebElement field, String optionLabel) {
        By option = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + optionLabel + "']");
        WebElement item = browser.await(driver -> field.findElements(option).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        // the list scrolls within itself (smoothly, unless told otherwise): bring the option into its view first
        browser.script("arguments[0].parentElement.style.scrollBehavior = 'auto'; arguments[0].scrollIntoView({block: 'nearest'})", item);
        browser.await(driver -> (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === arguments[0]", item));
        item.click();
    }
}
