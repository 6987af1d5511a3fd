// The data problems of the loaded catalogue, as file:line and a message a person can act on.
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace vitrine {

void App::draw_diagnostics_panel() {
    if (ImGui::Button("← Back to the catalogue") || ImGui::IsKeyPressed(ImGuiKey_Escape)) show_diagnostics_ = false;
    ImGui::TextWrapped("Problems found while reading the catalogue. Products with an error were skipped; "
                       "everything else loaded.");
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                       ImGuiTableFlags_SizingStretchProp;
    for (const std::string& message : load_errors_) ImGui::TextWrapped("%s", message.c_str());
    if (!ImGui::BeginTable("diagnostics", 3, kFlags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableSetupColumn("Where", ImGuiTableColumnFlags_WidthStretch, 0.35f);
    ImGui::TableSetupColumn("Problem", ImGuiTableColumnFlags_WidthStretch, 0.65f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(catalogue_.diagnostics.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Diagnostic& d = catalogue_.diagnostics[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, d.severity == Severity::error ? palette().out_of_stock : palette().muted);
            ImGui::TextUnformatted(severity_name(d.severity));
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::Text("%s:%d:%d", d.file.c_str(), d.line, d.column);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.message.c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace vitrine
