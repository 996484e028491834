// Draws the boundary map with Leaflet from the page's JSON (json_script), with no tile
// layer: the map needs nothing from another origin. The server-drawn SVG stays visible
// until the map is drawn, so a failure here leaves the visitor a map all the same.
(function () {
  "use strict";

  function draw(container) {
    var source = document.getElementById(container.getAttribute("data-boundary-map"));
    if (!source || !window.L) {
      return;
    }
    var data = JSON.parse(source.textContent);
    var L = window.L;
    container.hidden = false;
    var map = L.map(container, {
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0.25,
    });
    L.control.zoom({ zoomInTitle: "Phóng to", zoomOutTitle: "Thu nhỏ" }).addTo(map);
    L.control.attribution({ prefix: "Leaflet" }).addTo(map);
    var boundary = L.geoJSON(data.boundary, {
      style: function () {
        return { color: "#7a1f12", weight: 2, fillColor: "#f6ead2", fillOpacity: 0.9 };
      },
      onEachFeature: function (feature, layer) {
        var name = feature.properties && feature.properties.name;
        if (name) {
          layer.bindTooltip(String(name), {
            permanent: true,
            direction: "center",
            className: "boundary-tooltip",
          });
        }
      },
    });
    // Leaflet draws a layer only on a map that already has a view.
    map.fitBounds(boundary.getBounds(), { padding: [16, 16] });
    boundary.addTo(map);
    (data.places || []).forEach(function (place) {
      var marker = L.circleMarker([place.lat, place.lon], {
        radius: 7,
        color: "#ffffff",
        weight: 2,
        fillColor: "#0b5394",
        fillOpacity: 1,
      }).addTo(map);
      var link = document.createElement("a");
      link.href = place.url;
      link.textContent = place.name;
      marker.bindPopup(link);
      marker.bindTooltip(place.name);
    });
    container.closest(".boundary-figure").classList.add("is-drawn");
  }

  function start() {
    var containers = document.querySelectorAll("[data-boundary-map]");
    Array.prototype.forEach.call(containers, function (container) {
      try {
        draw(container);
      } catch (error) {
        // Keep the SVG: hide a half-made map rather than show it.
        container.hidden = true;
        if (window.console) {
          window.console.error("Không vẽ được bản đồ ranh giới", error);
        }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
