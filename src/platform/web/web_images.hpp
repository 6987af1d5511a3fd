// Pictures for the views (host::image), per viewer: a texture lives in one WebGL context.
#pragma once

namespace vitrine::web {

// Drops the pictures of a viewer being removed (its WebGL context takes their textures along).
void forget_images(int viewer);

}  // namespace vitrine::web
