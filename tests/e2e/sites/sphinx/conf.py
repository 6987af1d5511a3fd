# A documentation site as Sphinx with the Furo theme builds it (Debian's python3-sphinx, furo).
project = 'Shop'
html_theme = 'furo'
html_static_path = ['_static']
html_js_files = [('vitrine/vitrine.js', {'defer': 'defer'})]
