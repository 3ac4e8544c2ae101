/**
 * Starting Chrome/Chromium for the robot: {@link co.secop.robot.browser.Browsers#open} with
 * {@link co.secop.robot.browser.BrowserSettings}; the chromedriver is found by
 * {@link co.secop.robot.browser.DriverResolver} without Selenium Manager.
 */
package co.secop.robot.browser;
