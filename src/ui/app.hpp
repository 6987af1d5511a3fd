// The viewer's state and its views. Data flows one way: catalogue → index → query → the
// result the views draw. Each view is drawn by its own file (search_view.cpp, detail_view.cpp,
// reviews_view.cpp, diagnostics_panel.cpp); this class holds what they share.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/catalogue.hpp"
#include "core/route.hpp"
#include "core/search/search.hpp"
#include "ui/drawn_items.hpp"
#include "ui/facet_panel.hpp"
#include "ui/gallery.hpp"
#include "ui/review_list.hpp"
#include "ui/selectable_text.hpp"
#include "ui/theme.hpp"
#include "ui/wrapped_text.hpp"

namespace vitrine {

class App {
public:
    App();
    ~App();

    // Opens a file's text: a vitrine.catalogue/1 JSON document, a product page (*.md) or a
    // catalogue.vitrine. `replace` starts a new catalogue; otherwise the file's products join the
    // current ones (several files dropped at once). A catalogue.vitrine's products view its bytes,
    // which the catalogue keeps; a page's or JSON's bytes are let go before the products are
    // indexed, so that the index can take the memory they held.
    void load_file(HeldBytes input, const std::string& name, bool replace);
    void load_file(std::string text, const std::string& name, bool replace);
    // The page could not fetch or read a file (the catalogue, one of those dropped, one too big):
    // say so on the canvas and in state(), until the next load begins.
    void report_load_error(const std::string& message);
    // A load begins (a file opened, several dropped): the last one's messages are forgotten, so a
    // file refused in this one keeps its message while the others load.
    void begin_load() { load_errors_.clear(); }

    // The look: follow the system (`system_dark` is what prefers-color-scheme says) unless overridden.
    enum class ThemeChoice { system, light, dark };
    void set_theme(ThemeChoice choice);
    void set_system_dark(bool dark);
    bool dark() const;  // what the choice and the system say together
    // The page's accent colour and corner radius (an embedding page's CSS custom properties).
    void set_look(const LookOverrides& look);

    void search(const std::string& text);
    void open(const std::string& product_id);
    // The browser's address changed (reload, back, forward, a pasted link).
    void apply_location_hash(std::string_view hash);

    void frame();  // draws the current view; call between ImGui::NewFrame() and ImGui::Render()
    void record_frame_time(double ms);

    std::string state_json() const;  // what window.vitrine.state() returns
    // The controls the last frame drew, in order (for the keyboard policy and a DOM mirror).
    const std::vector<DrawnItem>& drawn_items() const { return drawn_.items(); }
    // What the last frame showed, for the page's semantic mirror; changed since the frame before.
    const std::vector<MirrorNode>& mirror() const { return drawn_.mirror(); }
    bool mirror_changed() const { return drawn_.mirror_changed(); }
    // Does what activating a mirror node asks that is not a click on the canvas ("open:ID",
    // "route:HASH").
    bool activate(const std::string& action);
    // Something will change without input (typing not yet in the address bar): keep drawing.
    bool wants_frames() const { return address_pending_; }
    const Route& route() const { return route_; }
    const SearchResult& result() const { return result_; }
    const Catalogue& catalogue() const { return catalogue_; }
    const Product* find_product(std::string_view id) const;

private:
    void navigate(Route route, bool push_history);
    void forget_view_state_for(const Route& next);
    void write_pending_address();
    void write_address_now();
    void open_or_search_title(const std::string& title);
    void run_search();
    void sort_rows(std::size_t rows);
    void ensure_rows(std::size_t rows);  // result_.hits holds at least this many rows, when there are

    static bool keyboard_used_this_frame();
    // Opens the catalogue's saved index, if it has one, or indexes it; `name`: the file read.
    void set_catalogue(Catalogue catalogue, const std::string& name);
    void apply_current_theme();
    void draw_header();
    // Remembers where the last item is, for state().layout (automation and embedders).
    void mark(const std::string& name);

    void draw_search_view();
    void draw_result_row(const Hit& hit, std::size_t row);
    void mirror_row(const Product& product, std::size_t row, ImVec2 at, ImVec2 size, bool drawn);
    void mirror_rows_around(std::size_t first_drawn, std::size_t end_drawn);
    void draw_detail_view(const Product& product);
    void draw_reviews_view(const Product& product);
    void draw_review_rows(const Product& product);
    void draw_diagnostics_panel();
    void draw_status_message(const char* message);
    void draw_load_notice();
    // For the mirror: the item just drawn is this (a row, a radio button), or this text is shown.
    void mirror_item(MirrorRole role, std::string name, std::string action = {}, int checked = -1);
    void mirror_text(MirrorRole role, std::string key, std::string name, int level = 0);

    Catalogue catalogue_;
    std::unique_ptr<SearchIndex> index_;
    std::unordered_map<std::string_view, std::uint32_t> product_by_id_;  // views into the products
    Route route_;
    SearchResult result_;
    std::string suggestion_;  // "did you mean", when the query found nothing
    std::size_t selected_row_ = 0;
    ReviewList reviews_;  // the review view's matches and their layout, kept between frames
    SelectableText description_;  // the detail view's description, wrapped for the current width
    Gallery gallery_;             // the detail view's pictures, and the one shown large
    WrappedTexts detail_texts_;   // the detail view's other long texts, laid out for the current width
    float results_scroll_ = 0;  // how far the result list is scrolled, in CSS pixels, for state()
    bool focus_search_box_ = true;
    View view_drawn_ = View::search;  // the view the last frame drew
    bool view_arrived_ = false;       // this frame draws a view the last one did not
    bool caret_to_end_ = false;       // once the box is focused, put the caret after the text
    bool reload_search_box_ = false;  // the query changed from outside the box (API, URL, links)
    bool loaded_ = false;
    bool address_pending_ = false;  // the route changed without a history entry; see write_pending_address()
    double address_changed_at_ = 0;  // ImGui time of that change
    double frame_time_ = 0;          // ImGui time of the current frame
    std::vector<std::string> load_errors_;
    std::vector<double> frame_ms_;  // the last frames' CPU times, newest last
    std::size_t frames_drawn_ = 0;  // lets a caller tell which of the last frames followed its event
    ThemeChoice theme_choice_ = ThemeChoice::system;
    LookOverrides look_;
    bool system_dark_ = false;
    bool show_diagnostics_ = false;
    bool show_filters_ = false;
    FacetPanelState facet_panel_;
    bool list_focused_ = false;  // the keyboard is on the result list (as of the last frame)  // a narrow view shows the facet panel in place of the results
    DrawnItems drawn_;
    std::map<std::string, std::array<float, 4>> layout_;  // name → x, y, width, height in CSS pixels
};

}  // namespace vitrine
