package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;

import io.insidergraph.export.ExportFormat;
import io.insidergraph.export.ReadBack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explorer and GraphiQL in a real browser (Debian's headless Chromium through ChromeDriver) over the running
 * app on the samples: every request the page makes goes to the app, search finds Tesla, the drawn network is the
 * API's, expanding a node adds its neighbours, the date slider changes the board, a node's metrics are the API's,
 * a shortest path and interlocks are drawn as the API answers, and every download button's file holds the view.
 */
class ExplorerBrowserIT extends ApiTestBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    ChromeDriver browser;
    Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed, so the browser test is skipped: on Debian or Ubuntu, "
                        + "apt-get install -y chromium chromium-driver (elsewhere: Chromium or Chrome at "
                        + CHROMIUM + " and its ChromeDriver at " + CHROMEDRIVER + ")");
        profile = Files.createTempDirectory("insidergraph-chromium-");
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        var logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser == null) {
            return;
        }
        try {
            browser.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("browser: " + entry));
            // the browser's own pages (chrome://, about:) and inline data are not requests to anywhere
            assertThat(requestedUrls()).filteredOn(url -> url.matches("(?i)(https?|wss?|ftp):.*"))
                    .isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://127.0.0.1:" + port + "/"));
        }
        finally {
            browser.quit();
        }
    }

    @Test
    void searchFindsTeslaAndDrawsTheNeighbourhoodTheApiAnswers() throws Exception {
        browser.get(base() + "/");
        browser.findElement(By.linkText("Explorer")).click();
        waitForText(By.id("status"), "Search for a person or company");

        browser.findElement(By.id("search")).sendKeys("tesla");
        var result = waitFor().until(d -> d.findElements(By.cssSelector("#results li[data-cik]")).stream()
                .filter(li -> li.getText().startsWith("Tesla, Inc.")).findFirst().orElse(null));
        result.click();
        waitForText(By.id("status"), " nodes, ");

        var api = neighbourhood(TESLA, 2, null);
        assertThat(drawnNodes()).isEqualTo(api);
        assertThat(browser.findElement(By.id("status")).getText()).startsWith(api.size() + " nodes, ");
        assertThat(browser.getCurrentUrl()).endsWith("/explore?cik=" + TESLA);

        // the README's picture: Roelof Botha's network, with Bird Global selected
        browser.get(base() + "/explore?cik=" + BOTHA);
        waitForText(By.id("status"), " nodes, ");
        assertThat(drawnNodes()).isEqualTo(neighbourhood(BOTHA, 2, null));
        tap(BIRD);
        waitForText(By.id("details-label"), "Bird Global");
        waitFor().until(d -> !d.findElement(By.id("metrics-heading")).getText().matches("|.*loading.*"));
        screenshot();
    }

    @Test
    void expandingANodeAddsItsNeighbours() throws Exception {
        browser.get(base() + "/explore?cik=" + YELP + "&hops=1");
        waitForText(By.id("status"), " nodes, ");
        assertThat(drawnNodes()).containsExactlyInAnyOrder(YELP, LEVCHIN, RABOIS);

        tap(LEVCHIN);
        waitForText(By.id("details-label"), "Max R Levchin");
        browser.findElement(By.id("expand")).click();
        waitFor().until(d -> drawnNodes().size() > 3);

        var expected = new TreeSet<>(neighbourhood(YELP, 1, null));
        expected.addAll(neighbourhood(LEVCHIN, 1, null));
        assertThat(drawnNodes()).isEqualTo(expected).contains(YAHOO, AFFIRM);
    }

    @Test
    void theDateSliderChangesTheBoard() throws Exception {
        browser.get(base() + "/explore?cik=" + YELP);
        waitForText(By.id("status"), " nodes, ");
        var allTime = drawnNodes();
        assertThat(allTime).isEqualTo(neighbourhood(YELP, 2, null));

        browser.findElement(By.id("any-date")).click();
        waitForText(By.id("status"), "as of ");
        // move the slider to the end of 2014, long after Keith Rabois's last report as a Yelp director (2013-03-05)
        slide("2014-12-31");
        waitForText(By.id("status"), "as of 2014-12-31");

        var end2014 = neighbourhood(YELP, 2, "2014-12-31");
        assertThat(drawnNodes()).isEqualTo(end2014).doesNotContain(RABOIS);
        assertThat(end2014).isNotEqualTo(allTime);
    }

    @Test
    void aNodesMetricsAreThoseOfTheApisBoardAndInsiderNetworks() {
        browser.get(base() + "/explore?cik=" + YELP + "&hops=1");
        waitForText(By.id("status"), " nodes, ");

        tap(YELP);
        waitForText(By.id("metrics-heading"), "Metrics in the board network of directors");
        assertThat(shownMetrics()).isEqualTo(apiMetrics("boardNetwork", YELP));

        tap(LEVCHIN);
        waitForText(By.id("metrics-heading"), "Metrics in the insider network of directors");
        assertThat(shownMetrics()).isEqualTo(apiMetrics("insiderNetwork", LEVCHIN));
    }

    @Test
    void aShortestPathAndInterlocksAreDrawnAsTheApiAnswersAndEachDownloadHoldsTheView() throws Exception {
        browser.get(base() + "/explore?cik=" + YELP);
        waitForText(By.id("status"), " nodes, ");
        recordDownloads();
        assertDownloadsHoldTheDrawnView();

        tap(RABOIS);
        waitForText(By.id("details-label"), "Keith Rabois");
        browser.findElement(By.id("path-from")).click();
        // Yahoo is two hops from Yelp (through Max Levchin), three from Keith Rabois
        tap(YAHOO);
        waitFor().until(d -> YAHOO.equals(browser.executeScript("return window.insidergraph.state.selected;")));
        browser.findElement(By.id("path-to")).click();
        waitForText(By.id("status"), "a shortest path of 3 hops");
        var path = tester.document("{ shortestPath(fromCik: \"" + RABOIS + "\", toCik: \"" + YAHOO + "\") {"
                + " nodes { id } } }").execute().path("shortestPath.nodes[*].id").entityList(String.class).get();
        assertThat(drawnNodes()).isEqualTo(new TreeSet<>(path)).contains(RABOIS, LEVCHIN, YAHOO).hasSize(4);
        assertDownloadsHoldTheDrawnView();

        browser.get(base() + "/explore?cik=" + YELP + "&hops=1");
        waitForText(By.id("status"), " nodes, ");
        recordDownloads();
        tap(YELP);
        waitForText(By.id("details-label"), "YELP");
        browser.findElement(By.id("interlocks")).click();
        waitForText(By.id("status"), "director interlocks of ");
        var interlocked = new TreeSet<>(tester.document("{ interlocks(cik: \"" + YELP + "\") { company { cik } } }")
                .execute().path("interlocks[*].company.cik").entityList(String.class).get());
        interlocked.add(YELP);
        assertThat(drawnNodes()).isEqualTo(interlocked).hasSizeGreaterThan(1);
        assertDownloadsHoldTheDrawnView();
    }

    @Test
    void graphiQlWorksWithNoRequestOutsideTheApp() {
        browser.get(base() + "/graphiql");
        waitFor().until(d -> !d.findElements(By.cssSelector(".graphiql-container .graphiql-query-editor")).isEmpty());
        waitFor().until(d -> d.findElements(By.cssSelector(".graphiql-tab")).size() >= 6);
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        waitForText(By.cssSelector(".graphiql-response"), "Affirm Holdings, Inc.");
    }

    private Set<String> neighbourhood(String cik, int hops, String asOf) {
        var response = tester.document("query($cik: ID!, $hops: Int, $asOf: Date) { neighborhood(cik: $cik, "
                + "hops: $hops, asOf: $asOf, limit: 500) { nodes { id } } }").variable("cik", cik)
                .variable("hops", hops).variable("asOf", asOf).execute();
        return new TreeSet<>(response.path("neighborhood.nodes[*].id").entityList(String.class).get());
    }

    /** The metrics panel's values (data-value: the number as the API sent it) by metric name. */
    @SuppressWarnings("unchecked")
    private Map<String, Double> shownMetrics() {
        waitFor().until(d -> !d.findElements(By.cssSelector("#metrics dd[data-metric]")).isEmpty());
        var shown = (Map<String, String>) browser.executeScript("return Object.fromEntries([...document"
                + ".querySelectorAll('#metrics dd[data-metric]')].map(dd => [dd.dataset.metric, dd.dataset.value]));");
        var values = new TreeMap<String, Double>();
        shown.forEach((name, value) -> values.put(name, Double.parseDouble(value)));
        return values;
    }

    private Map<String, Double> apiMetrics(String field, String cik) {
        var node = tester.document("{ " + field + "(role: DIRECTOR) { nodes { id " + String.join(" ", METRICS)
                + " } } }").execute().path(field + ".nodes[?(@.id == '" + cik + "')]").entityList(Map.class).get();
        assertThat(node).as(cik + " in " + field).hasSize(1);
        var values = new TreeMap<String, Double>();
        for (var metric : METRICS) {
            values.put(metric, ((Number) node.getFirst().get(metric)).doubleValue());
        }
        return values;
    }

    private static final List<String> METRICS = List.of("degree", "weightedDegree", "betweenness", "closeness",
            "pageRank", "eigenvector", "clustering", "coreNumber", "community");

    /**
     * Keeps the download buttons' requests instead of letting the browser open them: window.open (a path or
     * interlocks view) and the form posted for a neighbourhood view (its subgraph), each as a URL and a form body.
     */
    private void recordDownloads() {
        browser.executeScript("""
                window.recordedDownloads = [];
                window.open = url => { window.recordedDownloads.push({ url: new URL(url, location.href).href }); return null; };
                document.getElementById('download').addEventListener('submit', event => {
                  if (event.defaultPrevented) return;
                  event.preventDefault();
                  window.recordedDownloads.push({ url: event.currentTarget.action,
                    form: new URLSearchParams(new FormData(event.currentTarget)).toString() });
                });""");
    }

    /** Each download button's file, fetched as the browser would, holds exactly the nodes and edges drawn. */
    @SuppressWarnings("unchecked")
    private void assertDownloadsHoldTheDrawnView() throws Exception {
        var nodes = drawnNodes();
        var edges = new TreeSet<>((List<String>) browser.executeScript(
                "return window.insidergraph.cy.edges().map(edge => edge.id());"));
        for (var format : ExportFormat.values()) {
            browser.findElement(By.cssSelector("#download button[data-format='" + format.extension() + "']")).click();
            var download = (Map<String, String>) browser.executeScript("return window.recordedDownloads.pop();");
            assertThat(download).as(format.extension()).isNotNull();
            assertThat(download.get("url")).startsWith(base() + "/export/").contains("." + format.extension());
            var request = HttpRequest.newBuilder(URI.create(download.get("url")));
            if (download.get("form") != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(download.get("form")));
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(download.get("url")).isEqualTo(200);
            var back = ReadBack.read(format, response.body());
            assertThat(new TreeSet<>(back.nodes().keySet())).as(format.extension()).isEqualTo(nodes);
            assertThat(new TreeSet<>(back.edges().keySet())).as(format.extension()).isEqualTo(edges);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> drawnNodes() {
        var ids = (List<String>) browser.executeScript(
                "return window.insidergraph.cy.nodes().map(node => node.id());");
        return new TreeSet<>(ids);
    }

    /** A real click on the node where Cytoscape drew it on the canvas. */
    @SuppressWarnings("unchecked")
    private void tap(String cik) {
        var position = (Map<String, Number>) browser.executeScript(
                "return window.insidergraph.cy.$id(arguments[0]).renderedPosition();", cik);
        WebElement graph = browser.findElement(By.id("graph"));
        var size = graph.getSize();
        new Actions(browser).moveToElement(graph, position.get("x").intValue() - size.width / 2,
                position.get("y").intValue() - size.height / 2).click().perform();
    }

    private void slide(String date) {
        ((JavascriptExecutor) browser).executeScript("""
                const slider = document.getElementById('as-of');
                const days = Math.round((Date.parse(arguments[0]) - Date.parse('2003-01-01')) / 86400000);
                slider.value = String(days);
                slider.dispatchEvent(new Event('input', { bubbles: true }));
                slider.dispatchEvent(new Event('change', { bubbles: true }));""", date);
    }

    private void waitForText(By where, String text) {
        waitFor().withMessage(() -> where + " says '" + browser.findElement(where).getText() + "', not '" + text + "'")
                .until(d -> d.findElement(where).getText().contains(text));
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Every URL the page asked for (Chrome's performance log: Network.requestWillBeSent). */
    private List<String> requestedUrls() {
        var urls = new ArrayList<String>();
        for (var entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            var message = JsonMapper.shared().readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asString());
            }
        }
        return urls;
    }

    /** The README's picture of the explorer (target/explorer.png; copied to docs/ by hand when the page changes). */
    private void screenshot() throws Exception {
        Files.write(Path.of("target/explorer.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
